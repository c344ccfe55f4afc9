package org.socketworkbench.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class EpochClockTest {

    @Test
    void itIsNanosecondsSinceTheUnixEpoch() {
        long millis = EpochClock.nowNanos() / 1_000_000;
        assertTrue(Math.abs(millis - System.currentTimeMillis()) < 60_000, "near the wall clock");
    }

    @Test
    void itNeverGoesBack() {
        long previous = EpochClock.nowNanos();
        for (int i = 0; i < 100_000; i++) {
            long now = EpochClock.nowNanos();
            assertTrue(now >= previous, "went back from " + previous + " to " + now);
            previous = now;
        }
    }

    @Test
    void itResolvesLessThanAMicrosecond() {
        long smallestStep = Long.MAX_VALUE;
        long previous = EpochClock.nowNanos();
        for (int i = 0; i < 100_000 && smallestStep >= 1_000; i++) {
            long now = EpochClock.nowNanos();
            if (now != previous) {
                smallestStep = Math.min(smallestStep, now - previous);
            }
            previous = now;
        }
        assertTrue(smallestStep < 1_000, "smallest step " + smallestStep + " ns");
    }
}
