package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

class TimeBucketsTest {

    private final TimeBuckets buckets = new TimeBuckets(100 * MS, 10);

    @Test
    void nothingIsReportedBeforeTheFirstBucketCompletes() {
        assertEquals(Throughput.ZERO, buckets.rate(SECOND));
        buckets.add(SECOND, 100);
        assertEquals(Throughput.ZERO, buckets.rate(SECOND + 99 * MS));
        assertEquals(new Throughput(10, 1000), buckets.rate(SECOND + 100 * MS));
    }

    @Test
    void aYoungRunIsMeasuredOverItsCompletedBuckets() {
        for (int i = 0; i < 30; i++) {
            buckets.add(SECOND + i * 10 * MS, 50);
        }
        assertEquals(new Throughput(100, 5000), buckets.rate(SECOND + 300 * MS));
    }

    @Test
    void theWindowSlidesAndForgetsOldBuckets() {
        for (int i = 0; i < 100; i++) {
            buckets.add(SECOND + i * 10 * MS, 1);
        }
        for (int i = 0; i < 50; i++) {
            buckets.add(2 * SECOND + i * 20 * MS, 1);
        }
        assertEquals(50.0, buckets.rate(3 * SECOND).packetsPerSecond(), 1e-9);
        assertEquals(Throughput.ZERO, buckets.rate(60 * SECOND));
        assertEquals(10, buckets.samples(60 * SECOND).size());
    }
}
