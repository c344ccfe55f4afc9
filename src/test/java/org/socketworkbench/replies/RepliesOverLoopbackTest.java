package org.socketworkbench.replies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.traffic.PayloadFormat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rule sets on real workbench sockets, answering real clients (python3, socat) on loopback:
 * each rule fires for its message and only it, captures land in the replies, and a delimited
 * stream that arrives one byte per write still fires once per message.
 */
class RepliesOverLoopbackTest {

    /** Sends its messages one byte per write (TCP_NODELAY), then reads replies up to "bye". */
    private static final String BYTE_AT_A_TIME_CLIENT = """
            import socket, sys
            s = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=10)
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for b in b"ping\\r\\nGET /index.html\\r\\nnothing matches\\r\\nECHO hello\\r\\nping\\r\\nbye\\r\\n":
                s.sendall(bytes([b]))
            got = b""
            while not got.endswith(b"bye\\r\\n"):
                chunk = s.recv(4096)
                if not chunk:
                    break
                got += chunk
            sys.stdout.write(got.decode())
            """;

    private static final String UDP_CLIENT = """
            import socket, sys
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.settimeout(10)
            for m in sys.argv[2:]:
                s.sendto(m.encode(), ("127.0.0.1", int(sys.argv[1])))
                print(s.recvfrom(4096)[0].decode())
            """;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final List<OperationOutcome> outcomes = new CopyOnWriteArrayList<>();
    private final SocketActions actions = new SocketActions(engine, outcomes::add, Runnable::run);
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final ReplyAttachments replies = new ReplyAttachments(actions, new AutoReplier.Listener() {
        @Override
        public void problem(int socketId, String message) {
            problems.add(message);
        }
    });

    @BeforeEach
    void needPython() {
        Assumptions.assumeTrue(Commands.installed("python3"), "python3 is not installed");
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static ReplyRule regex(String pattern, String reply) {
        return new ReplyRule(true, "", MatchType.REGEX, MatchOn.TEXT, pattern, reply, PayloadFormat.ESCAPED, 0, true);
    }

    private static final RuleSet LINE_RULES = RuleSet.rules(Framing.delimiter("\\r\\n"), List.of(
            ReplyRule.of(MatchType.EXACT, "ping", "pong #{{COUNTER}}\\r\\n"),
            regex("^GET (?<path>/\\S*)", "200 ${path}\\r\\n"),
            regex("^ECHO (\\w+)$", "$1 $1\\r\\n"),
            ReplyRule.of(MatchType.EXACT, "bye", "bye\\r\\n"),
            ReplyRule.of(MatchType.CONTAINS, "never sent", "unexpected\\r\\n")));

    @Test
    void aTcpServerAnswersEachMessageOfAStreamThatArrivesOneBytePerWrite() throws Exception {
        int port = listen();
        Commands.Result client = Commands.run(List.of("python3", "-c", BYTE_AT_A_TIME_CLIENT, Integer.toString(port)),
                Duration.ofSeconds(30));
        assertEquals(0, client.exitCode(), client.output());
        assertEquals("pong #1\r\n200 /index.html\r\nhello hello\r\npong #2\r\nbye\r\n", client.output());
        RuleBook book = replies.book(serverId).orElseThrow();
        assertArrayEquals(new long[] {2, 1, 1, 1, 0}, book.hits());
        assertEquals(List.of(), problems);
    }

    @Test
    void everyConnectionOfTheServerGetsItsOwnFraming() throws Exception {
        int port = listen();
        List<CompletableFuture<Commands.Result>> clients = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Commands.run(List.of("python3", "-c", BYTE_AT_A_TIME_CLIENT, Integer.toString(port)), Duration.ofSeconds(30));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }));
        }
        for (CompletableFuture<Commands.Result> client : clients) {
            String output = client.get(60, TimeUnit.SECONDS).output();
            assertTrue(output.matches("(?s)pong #\\d+\r\n200 /index.html\r\nhello hello\r\npong #\\d+\r\nbye\r\n"), output);
        }
        assertArrayEquals(new long[] {6, 3, 3, 3, 0}, replies.book(serverId).orElseThrow().hits());
    }

    @Test
    void aUdpSocketAnswersEachDatagramToItsSender() throws Exception {
        int[] udp = bindUdp();
        replies.attach(udp[0], RuleSet.rules(Framing.PER_READ, List.of(
                regex("^temp (?<room>\\w+)$", "${room}=21.5 {{XOR8}}"), ReplyRule.of(MatchType.STARTS_WITH, "hi", "hello"))));
        Commands.Result client = Commands.run(List.of("python3", "-c", UDP_CLIENT, Integer.toString(udp[1]),
                "hi there", "temp kitchen", "hi"), Duration.ofSeconds(30));
        assertEquals(0, client.exitCode(), client.output());
        String xor = Character.toString(xor("kitchen=21.5 "));
        assertEquals("hello\nkitchen=21.5 " + xor + "\nhello\n", client.output());
        assertArrayEquals(new long[] {1, 2}, replies.book(udp[0]).orElseThrow().hits());
    }

    @Test
    void socatGetsTheUdpEcho() throws Exception {
        Assumptions.assumeTrue(Commands.installed("socat"), "socat is not installed");
        int[] udp = bindUdp();
        replies.attach(udp[0], RuleSet.echo(Framing.PER_READ));
        Commands.Result client = Commands.run(List.of("sh", "-c",
                "printf 'ping\\n' | socat -t 5 - UDP:127.0.0.1:" + udp[1]), Duration.ofSeconds(30));
        assertEquals("ping\n", client.output());
    }

    @Test
    void peersThatHalfCloseAtTheEndOfTheirInputGetTheirReply() throws Exception {
        Assumptions.assumeTrue(Commands.installed("ncat") && Commands.installed("socat"), "ncat and socat are needed");
        serverId = new Sync(engine).create("tcp");
        // The workbench's own server: created through SocketActions, so it keeps its write side open.
        CompletableFuture<OperationOutcome> listening = awaitOutcome("listen");
        actions.openTcpServer("127.0.0.1", 0, 16, true);
        OperationOutcome outcome = listening.get(20, TimeUnit.SECONDS);
        assertTrue(outcome.succeeded(), outcome.describe());
        serverId = outcome.socketId();
        replies.attach(serverId, RuleSet.rules(Framing.delimiter("\\n"), List.of(ReplyRule.of(MatchType.EXACT, "ping", "pong\\n"))));
        int port = port(serverId);
        Commands.Result ncat = Commands.run(List.of("sh", "-c", "printf 'ping\\n' | ncat 127.0.0.1 " + port), Duration.ofSeconds(30));
        assertEquals("pong\n", ncat.output(), () -> problems + " " + outcomes);
        // socat waits 0.5 s for the answer after its input ends (-t); on this shared machine give it 5.
        Commands.Result socat = Commands.run(List.of("sh", "-c", "printf 'ping\\n' | socat -t 5 - TCP:127.0.0.1:" + port),
                Duration.ofSeconds(30));
        assertEquals("pong\n", socat.output(), () -> problems + " " + outcomes);
        Commands.Result noNewline = Commands.run(List.of("sh", "-c", "printf 'ping' | ncat 127.0.0.1 " + port), Duration.ofSeconds(30));
        assertEquals("pong\n", noNewline.output(), "the rest of the stream is the last message");
        assertEquals(List.of(), problems);
    }

    private static char xor(String text) {
        int x = 0;
        for (char c : text.toCharArray()) {
            x ^= c;
        }
        return (char) x;
    }

    private int serverId;

    private int listen() throws Exception {
        serverId = new Sync(engine).create("tcp");
        CompletableFuture<OperationOutcome> listening = awaitOutcome("listen");
        actions.listen(serverId, "127.0.0.1", 0, 64, true);
        assertTrue(listening.get(20, TimeUnit.SECONDS).succeeded());
        replies.attach(serverId, LINE_RULES);
        return port(serverId);
    }

    private int[] bindUdp() throws Exception {
        int id = new Sync(engine).create("udp");
        CompletableFuture<OperationOutcome> bound = awaitOutcome("bind");
        actions.bind(id, "127.0.0.1", 0);
        assertTrue(bound.get(20, TimeUnit.SECONDS).succeeded());
        return new int[] {id, port(id)};
    }

    private int port(int id) {
        return new Sync(engine).value((Callback<SocketInfo> cb) -> engine.getInfo(id, cb)).localPort();
    }

    private CompletableFuture<OperationOutcome> awaitOutcome(String verb) {
        CompletableFuture<OperationOutcome> done = new CompletableFuture<>();
        outcomes.clear();
        Thread.ofVirtual().start(() -> {
            org.socketworkbench.testing.Eventually.await(Duration.ofSeconds(20),
                    () -> outcomes.stream().anyMatch(o -> o.operation().startsWith(verb)), outcomes::toString);
            done.complete(outcomes.stream().filter(o -> o.operation().startsWith(verb)).findFirst().orElseThrow());
        });
        return done;
    }
}
