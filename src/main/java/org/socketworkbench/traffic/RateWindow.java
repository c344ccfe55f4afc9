package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;

import java.util.ArrayList;
import java.util.List;

/**
 * Per-second byte counts in and out over the last {@code seconds} seconds, in a ring of buckets
 * that is reused as time moves on. Thread-safe; every operation is a few array accesses under a
 * lock held for nanoseconds.
 */
final class RateWindow {

    static final long NEVER = Long.MIN_VALUE / 2;

    private final long[] second;
    private final long[] in;
    private final long[] out;
    /** The latest second anything was added; far in the past (but safe from overflow) at first. */
    private long lastSecond = NEVER;

    RateWindow(int seconds) {
        second = new long[seconds];
        in = new long[seconds];
        out = new long[seconds];
        java.util.Arrays.fill(second, NEVER);
    }

    synchronized void add(long epochSecond, Direction direction, long bytes) {
        if (epochSecond <= lastSecond - second.length) {
            return;
        }
        int slot = (int) Math.floorMod(epochSecond, (long) second.length);
        if (second[slot] != epochSecond) {
            if (second[slot] > epochSecond) {
                return;
            }
            second[slot] = epochSecond;
            in[slot] = 0;
            out[slot] = 0;
        }
        if (direction == Direction.IN) {
            in[slot] += bytes;
        } else {
            out[slot] += bytes;
        }
        lastSecond = Math.max(lastSecond, epochSecond);
    }

    /** One sample per second for the {@code length} seconds ending with {@code lastEpochSecond}, oldest first. */
    synchronized List<ThroughputSample> samples(long lastEpochSecond) {
        List<ThroughputSample> samples = new ArrayList<>(second.length);
        for (long s = lastEpochSecond - second.length + 1; s <= lastEpochSecond; s++) {
            int slot = (int) Math.floorMod(s, (long) second.length);
            samples.add(second[slot] == s ? new ThroughputSample(s, in[slot], out[slot]) : new ThroughputSample(s, 0, 0));
        }
        return samples;
    }

    /** The latest second anything was added, or {@link #NEVER}. */
    synchronized long lastSecond() {
        return lastSecond;
    }
}
