package org.socketworkbench.bench;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.replies.AutoReplier;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchOn;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.traffic.PayloadFormat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * Issue 13's reply-rule benchmark: requests answered per second by a workbench TCP server whose
 * 10 regex rules each see every request (the request matches only the last), next to socat's
 * PIPE echo on the same loopback in the same run. The same client for both: {@value #CLIENTS}
 * connections, each sending a line and waiting for the answer before the next. Median of
 * {@value #ROUNDS} interleaved rounds of {@value #ROUND_SECONDS} s after a warm-up.
 * Run with {@code mvn -Pbench verify -Dbench=replies}.
 */
public final class RepliesBenchmark {

    private static final int CLIENTS = 8;
    private static final int ROUNDS = 5;
    private static final int ROUND_SECONDS = 3;

    private RepliesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Reply-rule benchmark: %d cores, java %s, %d clients, %d rounds of %d s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.version(), CLIENTS, ROUNDS, ROUND_SECONDS);
        try (SocketEngine engine = SocketEngine.builder().build()) {
            int rulesPort = rulesServer(engine);
            int socatPort = freePort();
            Process socat = new ProcessBuilder("socat", "TCP-LISTEN:" + socatPort + ",bind=127.0.0.1,reuseaddr,fork,backlog=64",
                    "PIPE").redirectErrorStream(true).start();
            try {
                awaitListening(socatPort);
                round(rulesPort, 2);
                round(socatPort, 2);
                double[] ours = new double[ROUNDS];
                double[] base = new double[ROUNDS];
                for (int i = 0; i < ROUNDS; i++) {
                    base[i] = round(socatPort, ROUND_SECONDS);
                    ours[i] = round(rulesPort, ROUND_SECONDS);
                    System.out.printf(Locale.ROOT, "round %d: rules %,.0f/s, socat PIPE %,.0f/s%n", i + 1, ours[i], base[i]);
                }
                System.out.println(BenchResult.header("10 regex rules", "socat PIPE"));
                System.out.println(new BenchResult("TCP request/answer, 10 regex rules (median)", "req/s",
                        median(ours), median(base), true, 0).format());
            } finally {
                socat.destroy();
                socat.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A workbench server with 10 regex rules; "REQ n" only matches the last: "ANS n". */
    private static int rulesServer(SocketEngine engine) throws Exception {
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        List<ReplyAttachments> holder = new ArrayList<>();
        SocketActions actions = new SocketActions(engine, (OperationOutcome outcome) -> {
            if (outcome.operation().startsWith("listen")) {
                holder.getFirst().attach(outcome.socketId(), rules());
                listening.complete(outcome.socketId());
            }
        }, Runnable::run);
        holder.add(new ReplyAttachments(actions, new AutoReplier.Listener() {
            @Override
            public void problem(int socketId, String message) {
                System.err.println("socket " + socketId + ": " + message);
            }
        }));
        actions.openTcpServer("127.0.0.1", 0, 128, true);
        int server = listening.get(20, TimeUnit.SECONDS);
        CompletableFuture<SocketInfo> info = new CompletableFuture<>();
        engine.getInfo(server, (Callback<SocketInfo>) info::complete);
        return info.get(20, TimeUnit.SECONDS).localPort();
    }

    private static RuleSet rules() {
        List<ReplyRule> rules = new ArrayList<>();
        String[] verbs = {"GET", "PUT", "POST", "HEAD", "DELETE", "PATCH", "STAT", "LIST", "PING"};
        for (String verb : verbs) {
            rules.add(new ReplyRule(true, "", MatchType.REGEX, MatchOn.TEXT, "^" + verb + " (\\S+)$", verb + " ok $1\\n",
                    PayloadFormat.ESCAPED, 0, true));
        }
        rules.add(new ReplyRule(true, "", MatchType.REGEX, MatchOn.TEXT, "^REQ (?<n>\\d+)$", "ANS ${n}\\n",
                PayloadFormat.ESCAPED, 0, true));
        return RuleSet.rules(Framing.delimiter("\\n"), rules);
    }

    /** Answers per second over {@code seconds} from {@link #CLIENTS} request/answer loops. */
    private static double round(int port, int seconds) throws Exception {
        LongAdder answered = new LongAdder();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(Thread.ofPlatform().start(() -> client(port, end, answered)));
        }
        for (Thread client : clients) {
            client.join();
        }
        return answered.sum() / (double) seconds;
    }

    private static void client(int port, long end, LongAdder answered) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            for (long n = 0; System.nanoTime() < end; n++) {
                out.write(("REQ " + n + "\n").getBytes(StandardCharsets.US_ASCII));
                String line = in.readLine();
                if (line == null) {
                    throw new IOException("the server closed the connection");
                }
                answered.increment();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(25);
            }
        }
        throw new IllegalStateException("socat did not listen on " + port);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
