package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.junit.jupiter.api.Test;
import org.socketworkbench.cli.CommandLines;
import org.socketworkbench.testing.Eventually;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code socket-workbench relay ...} in-process: the lines it prints and its exit codes. */
class RelayCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CompletableFuture<Integer> runAsync(String... args) {
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread.ofPlatform().daemon().start(() -> exit.complete(run(args)));
        return exit;
    }

    private int run(String... args) {
        return CommandLines.execute(new RelayCommand(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(args));
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }

    /** Connects once the command listens (it prints its started line first). */
    private Socket connectWhenListening(int port) throws IOException {
        Eventually.await(Duration.ofSeconds(30), () -> output().contains("relay tcp") || output().contains("\"started\""),
                () -> output() + err);
        return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    @Test
    void aConnectionLineAndTotalsThenExitZero() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = freePort();
            CompletableFuture<Integer> exit = runAsync("tcp", Integer.toString(port), "127.0.0.1",
                    Integer.toString(server.getLocalPort()), "--connections", "1", "--seed", "5", "--latency", "1");
            try (Socket client = connectWhenListening(port); Socket peer = server.accept()) {
                client.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
                client.shutdownOutput();
                byte[] request = peer.getInputStream().readAllBytes();
                peer.getOutputStream().write(request);
                peer.shutdownOutput();
                assertEquals("hello", new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            }
            assertEquals(0, exit.get(30, TimeUnit.SECONDS), output() + err);
            String text = output();
            assertTrue(text.contains("relay tcp 127.0.0.1:" + port + " → 127.0.0.1:" + server.getLocalPort()
                    + " (seed 5; to server: latency 1 ms; to client: latency 1 ms)"), text);
            assertTrue(text.matches("(?s).*#1 127\\.0\\.0\\.1:\\d+ ended after [0-9.]+ s: client→server 5 B, "
                    + "server→client 5 B; closed by both sides\n.*"), text);
            assertTrue(text.contains("totals: 1 connections (0 with an error), client→server 5 B, server→client 5 B"),
                    text);
        }
    }

    @Test
    void aRefusingTargetIsMinus102InTheJsonLineAndExitOne() throws Exception {
        int port = freePort();
        int refusing = freePort();
        CompletableFuture<Integer> exit = runAsync("tcp", Integer.toString(port), "127.0.0.1",
                Integer.toString(refusing), "--connections", "1", "--json");
        try (Socket client = connectWhenListening(port)) {
            assertEquals(-1, client.getInputStream().read());
        }
        assertEquals(1, exit.get(30, TimeUnit.SECONDS), output() + err);
        String[] lines = output().split("\n");
        assertEquals(3, lines.length, output());
        assertTrue(lines[0].startsWith("{\"type\":\"started\",\"protocol\":\"tcp\""), lines[0]);
        assertTrue(lines[1].contains("\"result\":-102"), lines[1]);
        assertTrue(lines[2].startsWith("{\"type\":\"totals\",\"connections\":1,\"errors\":1"), lines[2]);
    }

    @Test
    void impairmentsOutOfRangeAreExitTwoWithTheRange() {
        assertEquals(2, run("udp", "0", "127.0.0.1", "9", "--latency", "70000", "--drop", "150"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(
                "latency 70000 ms is out of range: 0 to 60000 ms; drop 150 % is out of range: 0 to 100 %"), err::toString);
        assertEquals(2, run("sctp", "0", "127.0.0.1", "9"));
        assertEquals(2, run("tcp", "0", "127.0.0.1", "0"));
    }

    @Test
    void tlsOptionsThatCannotWorkTogetherAreExitTwoWithWhy() {
        String pin = "AB".repeat(32);
        assertEquals(2, run("tcp", "0", "127.0.0.1", "9", "--trust-pin", pin));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(Texts.get(RelayMessages.PINS_WITHOUT_TARGET_TLS)), err::toString);
        assertEquals(2, run("tcp", "0", "127.0.0.1", "9", "--tls-target", "--trust-pin", "AB:CD"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--trust-pin " + Texts.get(RelayMessages.BAD_FINGERPRINT)),
                err::toString);
        assertEquals(2, run("udp", "0", "127.0.0.1", "9", "--tls-target"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(Texts.get(RelayMessages.UDP_TLS)), err::toString);
        assertEquals(2, run("tcp", "0", "127.0.0.1", "9", "--tls-listen-self-signed", "localhost",
                "--tls-listen-pkcs12", "server.p12"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(Texts.get(RelayMessages.ONE_TLS_SOURCE)), err::toString);
        assertEquals(2, run("tcp", "0", "127.0.0.1", "9", "--tls-listen-pem", "/nonexistent/server.pem"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("/nonexistent/server.pem"), err::toString);
    }

    @Test
    void aPortInUseIsExitThree() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertEquals(3, run("tcp", Integer.toString(taken.getLocalPort()), "127.0.0.1", "9"));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("failed: -147"), err::toString);
        }
    }
}
