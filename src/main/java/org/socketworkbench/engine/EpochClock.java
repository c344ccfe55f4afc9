package org.socketworkbench.engine;

import java.time.Instant;

/**
 * The one clock the workbench stamps events with: nanoseconds since 1970-01-01T00:00Z, read once
 * from the wall clock when this class loads and advanced from then on by {@link System#nanoTime()}.
 * It therefore has nanoTime's resolution (well under a microsecond), never jumps when the wall
 * clock is stepped, and every socket event, traffic payload, chart and multicast probe in one JVM
 * reads exactly the same clock. Two processes on one host agree to within the wall clock's
 * resolution at their start (nanoseconds on Linux), which is what one-way latency between them
 * relies on. Over days it may drift from the wall clock by what NTP slews; it never goes back.
 */
public final class EpochClock {

    private static final long ANCHOR_EPOCH_NANOS;
    private static final long ANCHOR_MONOTONIC_NANOS;

    static {
        Instant now = Instant.now();
        ANCHOR_MONOTONIC_NANOS = System.nanoTime();
        ANCHOR_EPOCH_NANOS = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private EpochClock() {
    }

    /** Now, in nanoseconds since the Unix epoch. */
    public static long nowNanos() {
        return ANCHOR_EPOCH_NANOS + (System.nanoTime() - ANCHOR_MONOTONIC_NANOS);
    }
}
