package org.socketworkbench.sendlisten;

import org.socketworkbench.i18n.Texts;
import org.socketworkbench.cli.CommandFailure;
import org.socketworkbench.cli.ExitCodes;
import org.socketworkbench.cli.HelpOption;
import org.socketworkbench.cli.UsageException;
import org.socketworkbench.datafiles.JsonOutput;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.replies.AutoReplier;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.replies.RuleCompiler;
import org.socketworkbench.replies.RuleProblem;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.replies.RuleSetFiles;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.traffic.PayloadFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * {@code listen}: opens a TCP server (every connection it accepts) or a UDP socket and prints one
 * line per payload that arrives; with {@code --reply} or {@code --rules} it answers as the GUI's
 * reply rules do. TCP connections keep their write side open after the peer's FIN, so
 * {@code printf 'ping\n' | ncat HOST PORT} gets its answer. Runs until {@code --count} payloads
 * arrived, or until it is stopped.
 */
@Command(name = "listen",
        customSynopsis = "socket-workbench listen tcp|udp|tls PORT [--bind ADDR] [--reply TEMPLATE] [--rules FILE] "
                + "[--count N] [--json]")
public final class ListenCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_CANNOT_OPEN = 3;
    /** After --count payloads, replies still on their way get this long to go out. */
    private static final long QUIET_MILLIS = 200;
    private static final long LINGER_MILLIS = 2_000;

    @Parameters(index = "0", paramLabel = "tcp|udp|tls", description = "the protocol")
    private Transport transport;

    @Parameters(index = "1", paramLabel = "PORT", converter = Ports.Port.class, description = "the port, 0..65535 (0: any)")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR")
    private String bind = "0.0.0.0";

    @Option(names = "--reply", paramLabel = "TEMPLATE")
    private String reply;

    @Option(names = "--rules", paramLabel = "FILE")
    private Path rules;

    @Option(names = "--count", paramLabel = "N", converter = Ports.Count.class)
    private Integer count;

    @Option(names = "--json")
    private boolean json;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** Set once the engine runs; the opened server or socket gets its rules through it. */
    private ReplyAttachments replies;

    @Override
    public Integer call() throws UsageException {
        if (transport == Transport.tls) {
            throw new CommandFailure(ExitCodes.USAGE, "tls is not available yet: the workbench has no TLS server "
                    + "(use tcp or udp)");
        }
        Optional<String> badAddress = InputCheck.ipLiteral(bind);
        if (badAddress.isPresent()) {
            throw new UsageException("--bind: " + badAddress.get());
        }
        Optional<RuleSet> answers = answers();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CompletableFuture<Integer> done = new CompletableFuture<>();
        AtomicInteger printed = new AtomicInteger();
        AtomicLong lastTraffic = new AtomicLong(System.nanoTime());
        try (SocketEngine engine = SocketEngine.builder().build()) {
            engine.addObserver(new EngineObserver() {
                @Override
                public void traffic(TrafficEvent event) {
                    lastTraffic.set(System.nanoTime());
                    if (event.direction() == Direction.IN) {
                        print(out, PayloadLine.of(event));
                        if (count != null && printed.incrementAndGet() >= count) {
                            done.complete(EXIT_OK);
                        }
                    }
                }
            });
            SocketActions actions = new SocketActions(engine, outcome -> opened(outcome, engine, answers, done, err),
                    Runnable::run);
            replies = new ReplyAttachments(actions, new AutoReplier.Listener() {
                @Override
                public void problem(int socketId, String message) {
                    err.println("listen: socket " + socketId + ": " + message);
                    err.flush();
                }
            });
            if (transport == Transport.tcp) {
                actions.openTcpServer(bind, port, 128, true);
            } else {
                actions.openUdp(new UdpSetup(bind, port, 1, true, null));
            }
            int status = await(done);
            if (status == EXIT_OK) {
                linger(lastTraffic);
            }
            return status;
        }
    }

    /** The rule set of --reply or --rules, checked. */
    private Optional<RuleSet> answers() throws UsageException {
        if (reply != null && rules != null) {
            throw new UsageException(Texts.get("cli.problem.exclusive", "--reply", "--rules"));
        }
        RuleSet set;
        if (reply != null) {
            set = RuleSet.fixed(reply, PayloadFormat.ESCAPED, Framing.PER_READ);
        } else if (rules != null) {
            try {
                set = RuleSetFiles.read(rules);
            } catch (IOException e) {
                throw new CommandFailure(ExitCodes.USAGE, "cannot read " + rules + ": " + e.getMessage());
            }
        } else {
            return Optional.empty();
        }
        List<RuleProblem> problems = RuleCompiler.check(set);
        if (!problems.isEmpty()) {
            String what = reply != null ? "--reply: " : rules + ": ";
            throw new CommandFailure(ExitCodes.USAGE, what + problems.stream()
                    .map(p -> reply != null ? p.message() : p.describe()).collect(Collectors.joining("; ")));
        }
        return Optional.of(set);
    }

    /** The server or socket is open (its rules attached before the first byte) or could not be. */
    private void opened(OperationOutcome outcome, SocketEngine engine, Optional<RuleSet> answers,
                        CompletableFuture<Integer> done, PrintWriter err) {
        if (!List.of("create", "listen", "bind").contains(outcome.verb())) {
            return;
        }
        if (!outcome.succeeded()) {
            err.println("listen: " + outcome.describe());
            err.flush();
            done.complete(EXIT_CANNOT_OPEN);
            return;
        }
        if (outcome.verb().equals("create")) {
            return;
        }
        answers.ifPresent(set -> replies.attach(outcome.socketId(), set));
        engine.getInfo(outcome.socketId(), info -> {
            err.println("listen: " + transport + " on " + bind + ":" + (info == null ? port : info.localPort()));
            err.flush();
        });
    }

    private synchronized void print(PrintWriter out, PayloadLine line) {
        out.print(json ? JsonOutput.line(line) : line.describe() + "\n");
        out.flush();
    }

    private static int await(CompletableFuture<Integer> done) {
        try {
            return done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCodes.FAILURE;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Replies to the last payloads are still being written: wait until traffic is quiet for a moment. */
    private static void linger(AtomicLong lastTraffic) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()
                && System.nanoTime() - lastTraffic.get() < TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
