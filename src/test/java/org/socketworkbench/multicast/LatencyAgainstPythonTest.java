package org.socketworkbench.multicast;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.Eventually;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One-way latency on one host, checked against an independent receiver: a 30-line Python
 * program (src/test/resources/.../latency_receiver.py) joins the same group on lo and compares
 * each probe's send time with its own clock. The roster's median must be within 0.1 ms of it.
 * Python reads CLOCK_REALTIME, the probes carry the probe clock (anchored to it at start-up),
 * so the two clocks' difference, measured here at the end, is taken off Python's figure.
 */
class LatencyAgainstPythonTest {

    private static final int PROBES = 1_500;
    private static final long TOLERANCE_NANOS = 100_000;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final LongSupplier clock = ProbeClock.system();
    private final GroupAddress group = GroupAddress.parse("239.255.42.7:45127");
    private final Channel channel = new Channel(group, "lo");

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theMedianLatencyMatchesAnIndependentReceiver() throws Exception {
        Assumptions.assumeTrue(Commands.installed("python3"), "python3 is not installed: latency comparison skipped");
        Path script = dir.resolve("latency_receiver.py");
        try (InputStream in = getClass().getResourceAsStream("latency_receiver.py")) {
            Files.write(script, in.readAllBytes());
        }
        Path ready = dir.resolve("ready");
        Path output = dir.resolve("python.out");
        Process python = new ProcessBuilder("python3", script.toString(), "239.255.42.7", "45127",
                Integer.toString(PROBES), ready.toString()).redirectOutput(output.toFile())
                .redirectErrorStream(true).start();
        try {
            Eventually.await(Duration.ofSeconds(10), () -> Files.exists(ready) || !python.isAlive(),
                    () -> "the Python receiver did not start");
            ClockDomain clocks = new ClockDomain("latency-test", false);
            Roster roster = new Roster(clock, clocks);
            long id = ProbeStream.newSenderId();
            clocks.addLocalSender(id);
            try (ProbeReceiver ignored = ProbeReceiver.open(engine, channel, roster).get(10, TimeUnit.SECONDS)) {
                ProbeStream stream = new ProbeStream(id, "latency-test", group.toSocketAddress(), 0,
                        new ProbeRate(500_000), 100, clock);
                ProbeSender sender = ProbeSender.open(engine, group, "lo", 0, true, stream, new ProbeRate(500_000),
                        clock).get(10, TimeUnit.SECONDS);
                sender.start();
                assertTrue(Commands.waitFor(python, Duration.ofSeconds(30)), "the Python receiver did not finish");
                sender.close();
            }
            long realtimeMinusProbeClock = realtimeMinusProbeClock();
            List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
            assertEquals(0, python.exitValue(), "Python printed " + lines);
            long pythonMedian = Long.parseLong(lines.getLast().strip()) - realtimeMinusProbeClock;
            LatencySnapshot ours = roster.snapshot().senders().getFirst().latency().orElseThrow();
            String figures = String.format("roster median %.3f ms (mean %.3f, max %.3f), Python median %.3f ms,"
                            + " clocks %+.3f ms apart", ours.medianNanos() / 1e6, ours.avgNanos() / 1e6,
                    ours.maxNanos() / 1e6, pythonMedian / 1e6, realtimeMinusProbeClock / 1e6);
            System.out.println(figures);
            assertTrue(Math.abs(ours.medianNanos() - pythonMedian) <= TOLERANCE_NANOS, figures);
        } finally {
            python.destroyForcibly();
        }
    }

    /**
     * CLOCK_REALTIME minus the probe clock, from the tightest of many bracketed readings: a
     * single pair of reads was off by as long as the thread was preempted between them (0.3 ms
     * once under the whole suite's load, which failed the test with both receivers agreeing).
     */
    private long realtimeMinusProbeClock() {
        long bestBracket = Long.MAX_VALUE;
        long best = 0;
        for (int i = 0; i < 1_000; i++) {
            long before = clock.getAsLong();
            long realtime = epochNanos();
            long after = clock.getAsLong();
            if (after - before < bestBracket) {
                bestBracket = after - before;
                best = realtime - (before + (after - before) / 2);
            }
        }
        return best;
    }

    private static long epochNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
