package org.socketworkbench.bench;

import org.socketworkbench.testing.Commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iperf2's multicast mode at one rate, kept on {@code lo}: the server binds and joins
 * {@code GROUP%lo} with a 4 MiB receive buffer (as our receiver asks for), the client sends from
 * 127.0.0.1 to {@code GROUP%lo} with TTL 0 ({@code -T 0}), {@code -b <rate>pps}, {@code -l <size>}.
 */
final class IperfMulticastTrial {

    private static final Pattern SENT = Pattern.compile("Sent (\\d+) datagrams");
    /** The server's whole-run line: interval from 0 to the end, then Lost/Total. */
    private static final Pattern SERVER_TOTAL = Pattern.compile("\\s0\\.0+-(\\d+\\.\\d+) sec.*?\\s(\\d+)/(\\d+) \\(");
    private static final Duration START_WAIT = Duration.ofSeconds(5);
    private static final Duration REPORT_WAIT = Duration.ofSeconds(5);

    private final String group;
    private final int port;
    private final int size;
    private final long seconds;

    IperfMulticastTrial(String group, int port, int size, long seconds) {
        this.group = group;
        this.port = port;
        this.size = size;
        this.seconds = seconds;
    }

    /** The iperf version line, or why iperf cannot run. */
    static String version() {
        try {
            return Commands.run(List.of("iperf", "-v"), Duration.ofSeconds(10)).output().strip();
        } catch (IOException e) {
            return "iperf not runnable: " + e.getMessage();
        }
    }

    RateTrial run(long packetsPerSecond) {
        Path serverOutput = null;
        Process server = null;
        try {
            serverOutput = Files.createTempFile("iperf-server", ".out");
            server = new ProcessBuilder("iperf", "-s", "-u", "-B", group + "%lo", "-p", Integer.toString(port),
                    "-l", Integer.toString(size), "-w", "4M", "-e")
                    .redirectErrorStream(true).redirectOutput(serverOutput.toFile()).start();
            awaitText(serverOutput, "Joining multicast", START_WAIT);
            String client = Commands.check(List.of("iperf", "-c", group + "%lo", "-u", "-T", "0", "-B", "127.0.0.1",
                    "-p", Integer.toString(port), "-b", packetsPerSecond + "pps", "-l", Integer.toString(size),
                    "-t", Long.toString(seconds)), Duration.ofSeconds(seconds + 30));
            Matcher sent = SENT.matcher(client);
            if (!sent.find()) {
                throw new IllegalStateException("iperf client printed no 'Sent N datagrams':\n" + client);
            }
            Matcher total = awaitRunReport(serverOutput);
            if (total == null) {
                // the whole-run report follows the client's FIN datagram; past its limit iperf2 can
                // lose that too, and then the server never reports: the trial cannot show zero loss
                long sentCount = Long.parseLong(sent.group(1)) - 1;
                return new RateTrial(packetsPerSecond, seconds, sentCount, 0, sentCount);
            }
            long lost = Long.parseLong(total.group(2));
            long expected = Long.parseLong(total.group(3));
            // The client's count includes its final (FIN) datagram; the server's Lost/Total does not.
            return new RateTrial(packetsPerSecond, seconds, Long.parseLong(sent.group(1)) - 1, expected - lost, lost);
        } catch (IOException e) {
            throw new IllegalStateException("iperf trial at " + packetsPerSecond + " pkt/s failed", e);
        } finally {
            if (server != null) {
                server.destroy();
                try {
                    Commands.waitFor(server, Duration.ofSeconds(5));
                } catch (IOException ignored) {
                    server.destroyForcibly();
                }
            }
            if (serverOutput != null) {
                serverOutput.toFile().delete();
            }
        }
    }

    private static void awaitText(Path file, String text, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(file).contains(text)) {
            pauseUntil(deadline, file);
        }
    }

    /** The server's report over the whole run (not a partial interval) once it appears, or null if it never does. */
    private Matcher awaitRunReport(Path file) throws IOException {
        long deadline = System.nanoTime() + REPORT_WAIT.toNanos();
        while (true) {
            Matcher matcher = SERVER_TOTAL.matcher(Files.readString(file));
            while (matcher.find()) {
                if (Double.parseDouble(matcher.group(1)) >= 0.9 * seconds) {
                    return matcher;
                }
            }
            if (System.nanoTime() > deadline) {
                return null;
            }
            pauseUntil(deadline, file);
        }
    }

    private static void pauseUntil(long deadline, Path file) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new IOException("iperf server did not report in time:\n" + Files.readString(file));
        }
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
