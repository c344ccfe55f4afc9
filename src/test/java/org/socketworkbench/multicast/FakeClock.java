package org.socketworkbench.multicast;

import java.util.function.LongSupplier;

/** A hand-driven probe clock for tests. */
final class FakeClock implements LongSupplier {

    static final long MS = 1_000_000L;
    static final long SECOND = 1_000_000_000L;

    private long now;

    FakeClock(long start) {
        now = start;
    }

    @Override
    public long getAsLong() {
        return now;
    }

    void advance(long nanos) {
        now += nanos;
    }

    void set(long nanos) {
        now = nanos;
    }
}
