package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThroughputMeterTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long T = 1_700_000_000L * SECOND;

    @Test
    void bytesAreCountedPerSecondInAndOutPerSocketAndInTotal() {
        ThroughputMeter meter = new ThroughputMeter(5);
        meter.record(T, 1, Direction.IN, 100);
        meter.record(T + SECOND / 2, 1, Direction.OUT, 40);
        meter.record(T + SECOND / 2, 2, Direction.IN, 7);
        meter.record(T + 2 * SECOND, 1, Direction.IN, 1000);
        List<ThroughputSample> total = meter.total(T + 3 * SECOND + 1);
        assertEquals(List.of(
                new ThroughputSample(T / SECOND - 2, 0, 0),
                new ThroughputSample(T / SECOND - 1, 0, 0),
                new ThroughputSample(T / SECOND, 107, 40),
                new ThroughputSample(T / SECOND + 1, 0, 0),
                new ThroughputSample(T / SECOND + 2, 1000, 0)), total);
        List<ThroughputSample> socket2 = meter.forSocket(2, T + 3 * SECOND);
        assertEquals(new ThroughputSample(T / SECOND, 7, 0), socket2.get(2));
        assertEquals(0, socket2.get(4).bytesIn());
        assertTrue(meter.forSocket(99, T).stream().allMatch(s -> s.bytesIn() == 0 && s.bytesOut() == 0));
    }

    @Test
    void theSecondInProgressIsNotShownYet() {
        ThroughputMeter meter = new ThroughputMeter(3);
        meter.record(T + 10, 1, Direction.OUT, 5);
        assertEquals(T / SECOND - 1, meter.total(T + 20).getLast().epochSecond());
        assertEquals(5, meter.total(T + SECOND).getLast().bytesOut());
    }

    @Test
    void oldSecondsSlideOutOfTheWindow() {
        ThroughputMeter meter = new ThroughputMeter(3);
        meter.record(T, 1, Direction.IN, 10);
        assertTrue(meter.hasTrafficInWindow(T + SECOND));
        assertTrue(meter.hasTrafficInWindow(T + 3 * SECOND));
        assertFalse(meter.hasTrafficInWindow(T + 4 * SECOND));
        meter.record(T + 10 * SECOND, 1, Direction.IN, 20);
        assertEquals(List.of(0L, 0L, 20L), meter.total(T + 11 * SECOND).stream().map(ThroughputSample::bytesIn).toList());
        meter.record(T, 1, Direction.IN, 99);
        assertEquals(20, meter.total(T + 11 * SECOND).stream().mapToLong(ThroughputSample::bytesIn).sum(),
                "a payload older than the window is ignored");
    }

    @Test
    void quietSocketsAreForgotten() {
        ThroughputMeter meter = new ThroughputMeter(2);
        meter.record(T, 1, Direction.IN, 10);
        meter.total(T + 100 * SECOND);
        meter.record(T + 100 * SECOND, 1, Direction.IN, 1);
        assertEquals(1, meter.forSocket(1, T + 101 * SECOND).getLast().bytesIn());
    }

    @Test
    void theMeterListensToACapture() {
        TrafficCapture capture = new TrafficCapture();
        ThroughputMeter meter = new ThroughputMeter();
        capture.addListener(meter);
        capture.append(TrafficEvents.tcp(4, Direction.OUT, "12345"));
        long now = TrafficEvents.T0 + SECOND;
        assertEquals(5, meter.forSocket(4, now).getLast().bytesOut());
        assertEquals(5, meter.total(now).getLast().bytesOut());
        assertEquals(ThroughputMeter.DEFAULT_WINDOW_SECONDS, meter.total(now).size());
    }

    @Test
    void concurrentRecordingLosesNothing() throws InterruptedException {
        ThroughputMeter meter = new ThroughputMeter(10);
        int threads = 8;
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            int socket = t;
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 100_000; i++) {
                    meter.record(T + i % 3 * SECOND, socket, i % 2 == 0 ? Direction.IN : Direction.OUT, 1);
                }
                done.countDown();
            });
        }
        assertTrue(done.await(60, TimeUnit.SECONDS));
        List<ThroughputSample> total = meter.total(T + 3 * SECOND);
        assertEquals(threads * 100_000L, total.stream().mapToLong(s -> s.bytesIn() + s.bytesOut()).sum());
        assertEquals(100_000L, meter.forSocket(3, T + 3 * SECOND).stream().mapToLong(s -> s.bytesIn() + s.bytesOut()).sum());
    }

    @Test
    void aWindowNeedsAtLeastOneSecond() {
        assertThrows(IllegalArgumentException.class, () -> new ThroughputMeter(0));
    }
}
