package org.socketworkbench.sendlisten;

import org.socketworkbench.i18n.Texts;
import org.socketworkbench.cli.CommandFailure;
import org.socketworkbench.cli.HelpOption;
import org.socketworkbench.cli.UsageException;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.CreateInfo;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.payloads.CounterSequence;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.payloads.TemplateException;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.SendJob;
import org.socketworkbench.sockets.SendRequest;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.traffic.PayloadFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@code send}: connects (tcp, tls) or binds (udp), sends DATA (a payload template: macros and
 * checksums work, {@code {{COUNTER}}} counts the repeats) or a file, and prints what comes back
 * until {@code --wait} milliseconds have passed after the last send, or the peer closed.
 */
@Command(name = "send",
        customSynopsis = "socket-workbench send tcp|udp|tls HOST PORT DATA [--hex|--escapes] [--file F] [--wait MS] "
                + "[--bind PORT] [--repeat N --interval MS]")
public final class SendCommand implements Callable<Integer> {

    public static final int EXIT_OK = 0;
    public static final int EXIT_NETWORK = 3;
    public static final int EXIT_NO_ANSWER = 4;
    private static final long STEP_TIMEOUT_SECONDS = 60;

    @Parameters(index = "0", paramLabel = "tcp|udp|tls", description = "the protocol")
    private Transport transport;

    @Parameters(index = "1", paramLabel = "HOST", description = "where to send")
    private String host;

    @Parameters(index = "2", paramLabel = "PORT", converter = Ports.Port.class, description = "its port, 1..65535")
    private int port;

    @Parameters(index = "3", paramLabel = "DATA", arity = "0..1", description = "the payload (omit with --file)")
    private String data;

    @Option(names = "--hex")
    private boolean hex;

    @Option(names = "--escapes")
    private boolean escapes;

    @Option(names = "--file", paramLabel = "F")
    private Path file;

    @Option(names = "--wait", paramLabel = "MS", converter = Ports.Millis.class)
    private int waitMs = 1000;

    @Option(names = "--bind", paramLabel = "PORT", converter = Ports.Port.class)
    private Integer bindPort;

    @Option(names = "--repeat", paramLabel = "N", converter = Ports.Count.class)
    private int repeat = 1;

    @Option(names = "--interval", paramLabel = "MS", converter = Ports.Millis.class)
    private int intervalMs;

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws UsageException {
        PayloadTemplate payload = payload();
        Optional<String> badHost = InputCheck.host(host);
        if (badHost.isPresent()) {
            throw new UsageException(badHost.get());
        }
        if (bindPort != null && transport != Transport.udp) {
            throw new UsageException(Texts.get("cli.problem.send.bindIsForUdp"));
        }
        if (port == 0) {
            throw new UsageException(Texts.get("cli.problem.send.port"));
        }
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean answered = new AtomicBoolean();
        CompletableFuture<Void> peerClosed = new CompletableFuture<>();
        try (SocketEngine engine = SocketEngine.builder().build()) {
            engine.addObserver(new EngineObserver() {
                @Override
                public void traffic(TrafficEvent event) {
                    if (event.direction() == Direction.IN) {
                        answered.set(true);
                        print(out, event.payload());
                    }
                }

                @Override
                public void socketChanged(SocketEvent event) {
                    if (event.state() == SocketState.PEER_CLOSED || event.state() == SocketState.DISCONNECTED) {
                        peerClosed.complete(null);
                    }
                }
            });
            SocketActions actions = new SocketActions(engine, outcome -> { }, Runnable::run);
            int socketId = open(engine, actions);
            SendRequest request = new SendRequest(socketId, payload, CounterSequence.DEFAULT,
                    transport == Transport.udp ? host : null, port, repeat, intervalMs);
            CompletableFuture<SendJob.Progress> sent = new CompletableFuture<>();
            new SendJob(actions, request, progress -> {
                if (progress.finished()) {
                    sent.complete(progress);
                }
            }).start();
            SendJob.Progress progress = join(sent, "send");
            if (progress.failure() != null) {
                throw new CommandFailure(EXIT_NETWORK, progress.failure());
            }
            awaitAnswers(peerClosed);
            return answered.get() || waitMs == 0 ? EXIT_OK : EXIT_NO_ANSWER;
        }
    }

    private PayloadTemplate payload() throws UsageException {
        if (hex && escapes) {
            throw new UsageException(Texts.get("cli.problem.exclusive", "--hex", "--escapes"));
        }
        if (file != null) {
            if (data != null) {
                throw new UsageException(Texts.get("cli.problem.send.dataAndFile"));
            }
            try {
                return PayloadTemplate.literal(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new CommandFailure(2, "cannot read " + file + ": " + e.getMessage());
            }
        }
        if (data == null) {
            throw new UsageException(Texts.get("cli.problem.send.noData"));
        }
        PayloadFormat format = hex ? PayloadFormat.HEX : escapes ? PayloadFormat.ESCAPED : PayloadFormat.TEXT;
        try {
            return PayloadTemplate.compile(data, format, StandardCharsets.UTF_8);
        } catch (TemplateException e) {
            throw new UsageException("DATA: " + e.getMessage());
        }
    }

    /** create, then connect (and secure) or bind, each awaited; returns the socket. */
    private int open(SocketEngine engine, SocketActions actions) {
        String type = transport == Transport.udp ? "udp" : "tcp";
        int socketId = this.<CreateInfo>step("create", cb -> engine.create(type, null, cb)).socketId();
        if (transport == Transport.udp) {
            int bound = this.<Integer>step("bind", cb -> engine.bind(socketId, "0.0.0.0", bindPort == null ? 0 : bindPort, cb));
            check("bind to port " + (bindPort == null ? 0 : bindPort), bound);
            startReceiving(engine, socketId, true);
            return socketId;
        }
        engine.setKeepWriteOpenOnPeerClose(socketId, true, result -> { });
        check("connect to " + host + ":" + port, this.<Integer>step("connect", cb -> engine.connect(socketId, host, port, cb)));
        if (transport == Transport.tls) {
            check("secure (TLS) with " + host, this.<Integer>step("secure", cb -> engine.secure(socketId, null, cb)));
        }
        startReceiving(engine, socketId, false);
        return socketId;
    }

    /** Keeps a read pending so answers reach the traffic tap (the observer prints them). */
    private static void startReceiving(SocketEngine engine, int socketId, boolean udp) {
        if (udp) {
            engine.recvFrom(socketId, 65536, info -> {
                if (info.resultCode() >= 0) {
                    startReceiving(engine, socketId, true);
                }
            });
        } else {
            engine.read(socketId, 65536, info -> {
                if (info.resultCode() > 0) {
                    startReceiving(engine, socketId, false);
                }
            });
        }
    }

    private static void check(String what, Integer result) {
        if (result == null || result < 0) {
            int code = result == null ? -1 : result;
            String reason = NetError.of(code).map(e -> NetError.describe(code) + ". " + e.description())
                    .orElse(Integer.toString(code));
            throw new CommandFailure(EXIT_NETWORK, what + " failed: " + reason);
        }
    }

    private <T> T step(String what, Consumer<Callback<T>> call) {
        CompletableFuture<T> done = new CompletableFuture<>();
        call.accept(done::complete);
        return join(done, what);
    }

    private static <T> T join(CompletableFuture<T> future, String what) {
        try {
            return future.get(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandFailure(1, what + " interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new CommandFailure(EXIT_NETWORK, what + ": no answer from the engine within " + STEP_TIMEOUT_SECONDS + " s");
        }
    }

    /** Until --wait has passed since the last send, or the peer closed its side. */
    private void awaitAnswers(CompletableFuture<Void> peerClosed) {
        try {
            peerClosed.get(waitMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // the wait is over
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static synchronized void print(PrintWriter out, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean plain = Arrays.equals(text.getBytes(StandardCharsets.UTF_8), bytes)
                && text.chars().allMatch(c -> c == '\t' || c == '\r' || c == '\n' || !Character.isISOControl(c));
        out.print(plain ? text : HexFormat.ofDelimiter(" ").formatHex(bytes) + "\n");
        out.flush();
    }
}
