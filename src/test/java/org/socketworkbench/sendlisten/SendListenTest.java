package org.socketworkbench.sendlisten;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.app.SocketWorkbenchCommand;
import org.socketworkbench.cli.CommandLines;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchOn;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.replies.RuleSetFiles;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.traffic.PayloadFormat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code send} and {@code listen} through the real command line, talking to each other, to socat
 * and ncat on loopback, with their exit codes.
 */
class SendListenTest {

    private static final Pattern LISTENING = Pattern.compile("listen: (tcp|udp) on [0-9.]+:(\\d+)");

    @TempDir
    Path dir;

    /** One run of the command line, its output and its exit code. */
    private record Run(int exitCode, String out, String err) {
    }

    /** A command line running in the background (listen), with its output so far. */
    private static final class Background {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        final CompletableFuture<Integer> exit;

        Background(String... args) {
            exit = CompletableFuture.supplyAsync(() -> CommandLines.execute(new SocketWorkbenchCommand(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                    List.of(args)));
        }

        int port() {
            Eventually.await(Duration.ofSeconds(20), () -> LISTENING.matcher(err()).find() || exit.isDone(), this::err);
            Matcher m = LISTENING.matcher(err());
            assertTrue(m.find(), err());
            return Integer.parseInt(m.group(2));
        }

        String out() {
            return out.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return err.toString(StandardCharsets.UTF_8);
        }

        int exitCode() throws Exception {
            return exit.get(30, TimeUnit.SECONDS);
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLines.execute(new SocketWorkbenchCommand(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(args));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void sendAndListenTalkOverUdp() throws Exception {
        Background listen = new Background("listen", "udp", "0", "--bind", "127.0.0.1", "--count", "2",
                "--reply", "pong {{COUNTER}} to $0\\n");
        int port = listen.port();
        Run first = run("send", "udp", "127.0.0.1", Integer.toString(port), "ping", "--wait", "5000");
        assertEquals(0, first.exitCode(), first.err());
        assertEquals("pong 1 to ping\n", first.out());
        Run second = run("send", "udp", "127.0.0.1", Integer.toString(port), "01 ff", "--hex", "--wait", "5000");
        assertEquals(0, second.exitCode(), second.err());
        assertTrue(second.out().startsWith("70 6f 6e 67 20 32"), second.out());
        assertEquals(0, listen.exitCode(), listen.err());
        String[] lines = listen.out().split("\n");
        assertEquals(2, lines.length, listen.out());
        assertTrue(lines[0].matches("\\d{4}-\\d\\d-\\d\\dT\\S+Z 127\\.0\\.0\\.1:\\d+ 4 text ping"), lines[0]);
        assertTrue(lines[1].endsWith(" 2 hex 01ff"), lines[1]);
    }

    @Test
    void listenAnswersTcpClientsWithARulesFileIncludingOnesThatHalfClose() throws Exception {
        Assumptions.assumeTrue(Commands.installed("ncat") && Commands.installed("socat"), "ncat and socat are needed");
        Path rules = dir.resolve("rules.json");
        RuleSetFiles.write(rules, RuleSet.rules(Framing.delimiter("\\n"), List.of(
                ReplyRule.of(MatchType.EXACT, "ping", "pong\\n"),
                new ReplyRule(true, "", MatchType.REGEX, MatchOn.TEXT, "^hello (\\w+)", "hi $1 #{{COUNTER}}\\n",
                        PayloadFormat.ESCAPED, 0, true))));
        Background listen = new Background("listen", "tcp", "0", "--bind", "127.0.0.1", "--rules", rules.toString(),
                "--count", "3", "--json");
        int port = listen.port();
        assertEquals("pong\n", Commands.run(List.of("sh", "-c", "printf 'ping\\n' | ncat 127.0.0.1 " + port),
                Duration.ofSeconds(30)).output());
        assertEquals("pong\n", Commands.run(List.of("sh", "-c", "printf 'ping\\n' | socat -t 5 - TCP:127.0.0.1:" + port),
                Duration.ofSeconds(30)).output());
        // One write: listen counts reads, and TCP may join two quick writes into one read.
        Run send = run("send", "tcp", "127.0.0.1", Integer.toString(port), "hello {{COUNTER}}\\n", "--escapes",
                "--wait", "5000");
        assertEquals(0, send.exitCode(), send.err());
        assertTrue(send.out().startsWith("hi 1 #1\n"), send.out());
        Eventually.await(Duration.ofSeconds(10), () -> listen.exit.isDone(), listen::out);
        assertEquals(0, listen.exitCode(), listen.err());
        assertTrue(listen.out().lines().allMatch(l -> l.startsWith("{\"time\":\"")), listen.out());
        assertTrue(listen.out().contains("\"text\":\"ping\\n\""), listen.out());
    }

    @Test
    void sendPrintsWhatSocatEchoesAndCountsItsRepeats() throws Exception {
        Assumptions.assumeTrue(Commands.installed("socat"), "socat is needed");
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process echo = new ProcessBuilder("socat", "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork", "PIPE").start();
        try {
            Eventually.await(Duration.ofSeconds(10), () -> canConnect(port), () -> "socat did not start");
            Run send = run("send", "tcp", "127.0.0.1", Integer.toString(port), "n={{COUNTER}};", "--repeat", "3",
                    "--interval", "50", "--wait", "500");
            assertEquals(0, send.exitCode(), send.err());
            assertEquals("n=1;n=2;n=3;", send.out().replace("\n", ""));
        } finally {
            echo.destroy();
            Commands.waitFor(echo, Duration.ofSeconds(10));
        }
    }

    private static boolean canConnect(int port) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void exitCodesSayWhatWentWrong() throws Exception {
        int closed;
        try (ServerSocket probe = new ServerSocket(0)) {
            closed = probe.getLocalPort();
        }
        Run refused = run("send", "tcp", "127.0.0.1", Integer.toString(closed), "x");
        assertEquals(SendCommand.EXIT_NETWORK, refused.exitCode());
        assertTrue(refused.err().contains("connect to 127.0.0.1:" + closed + " failed: -102 ERR_CONNECTION_REFUSED"), refused.err());

        Run silent = run("send", "udp", "127.0.0.1", Integer.toString(closed), "x", "--wait", "200");
        assertEquals(SendCommand.EXIT_NO_ANSWER, silent.exitCode(), silent.err());
        assertEquals(0, run("send", "udp", "127.0.0.1", Integer.toString(closed), "x", "--wait", "0").exitCode());

        Run badHex = run("send", "udp", "127.0.0.1", "9", "01 0g", "--hex");
        assertEquals(2, badHex.exitCode());
        assertTrue(badHex.err().contains("DATA: Not a hex digit at position 5 ('g')"), badHex.err());
        assertEquals(2, run("send", "udp", "127.0.0.1", "9", "{{NOPE}}").exitCode());
        assertEquals(2, run("send", "tcp", "127.0.0.1", "70000", "x").exitCode());
        assertEquals(2, run("send", "tcp", "127.0.0.1", "9", "x", "--bind", "5000").exitCode());

        Run tls = run("listen", "tls", "0");
        assertEquals(2, tls.exitCode());
        assertTrue(tls.err().contains("tls is not available yet"), tls.err());

        Path rules = dir.resolve("bad.json");
        RuleSetFiles.write(rules, RuleSet.rules(Framing.PER_READ, List.of(ReplyRule.of(MatchType.REGEX, "(a", "$2"))));
        Run badRules = run("listen", "udp", "0", "--rules", rules.toString());
        assertEquals(2, badRules.exitCode());
        assertTrue(badRules.err().contains("Rule 1, pattern: Unclosed group at position 3"), badRules.err());

        int taken;
        try (ServerSocket busy = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"))) {
            taken = busy.getLocalPort();
            Run inUse = run("listen", "tcp", Integer.toString(taken), "--bind", "127.0.0.1");
            assertEquals(ListenCommand.EXIT_CANNOT_OPEN, inUse.exitCode());
            assertTrue(inUse.err().contains("listen on 127.0.0.1:" + taken + " failed"), inUse.err());
        }
    }

    @Test
    void eachCommandHasHelpWithItsExitCodes() {
        for (String command : new String[] {"send", "listen"}) {
            Run help = run(command, "--help");
            assertEquals(0, help.exitCode());
            assertTrue(help.out().contains("Exit codes: 0"), help.out());
            assertTrue(help.out().contains("socket-workbench " + command + " tcp|udp|tls"), help.out());
        }
    }
}
