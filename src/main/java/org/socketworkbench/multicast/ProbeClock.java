package org.socketworkbench.multicast;

import org.socketworkbench.engine.EpochClock;

import java.util.function.LongSupplier;

/**
 * The clock probes are stamped and timed with: the workbench's {@link EpochClock}, so probe
 * times, socket events and traffic payloads of one JVM share one time line (see there for its
 * resolution and why it never jumps). A supplier, so tests inject their own.
 */
public final class ProbeClock {

    private ProbeClock() {
    }

    /** The system probe clock. Tests inject their own {@link LongSupplier} instead. */
    public static LongSupplier system() {
        return EpochClock::nowNanos;
    }
}
