package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LatencyHistogramTest {

    @Test
    void theMedianIsWithinASixteenthOfItsValue() {
        for (long value : new long[] {0, 1, 15, 16, 17, 999, 400_000, 1_234_567_890L, Long.MAX_VALUE / 3}) {
            LatencyHistogram histogram = new LatencyHistogram();
            histogram.add(value);
            assertEquals(value, histogram.median(), Math.max(1, value / 16.0), "for " + value);
        }
    }

    @Test
    void negativeSamplesSortBelowPositiveOnes() {
        LatencyHistogram histogram = new LatencyHistogram();
        histogram.add(-5_000);
        histogram.add(-3_000);
        histogram.add(-1_000);
        histogram.add(2_000);
        histogram.add(Long.MIN_VALUE);
        assertEquals(-3_000, histogram.median(), 3_000 / 16.0);
    }
}
