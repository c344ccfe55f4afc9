package org.socketworkbench.multicast;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The clock probes are stamped and timed with: nanoseconds since 1970-01-01T00:00Z, read once
 * from the wall clock when this class loads and advanced from then on by {@link System#nanoTime()}.
 * It therefore has nanoTime's resolution (well under a microsecond), never jumps when the wall
 * clock is stepped, and every sender and receiver in one JVM reads exactly the same clock. Two
 * processes on one host agree to within the wall clock's resolution at their start (nanoseconds
 * on Linux), which is what one-way latency between them relies on.
 */
public final class ProbeClock {

    private static final long ANCHOR_EPOCH_NANOS;
    private static final long ANCHOR_MONOTONIC_NANOS;

    static {
        Instant now = Instant.now();
        ANCHOR_MONOTONIC_NANOS = System.nanoTime();
        ANCHOR_EPOCH_NANOS = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private ProbeClock() {
    }

    /** The system probe clock. Tests inject their own {@link LongSupplier} instead. */
    public static LongSupplier system() {
        return () -> ANCHOR_EPOCH_NANOS + (System.nanoTime() - ANCHOR_MONOTONIC_NANOS);
    }
}
