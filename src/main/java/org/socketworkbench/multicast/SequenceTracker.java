package org.socketworkbench.multicast;

import java.util.Arrays;

/**
 * Classifies one sender's sequence numbers and keeps omping's loss accounting in bounded memory.
 *
 * <p>Loss is counted from the first sequence number seen: {@code expected = highest - first + 1},
 * {@code lost = expected - received} where received counts each sequence number once. A receiver
 * that joins late therefore sees no loss for what was sent before it joined.
 *
 * <p>A bitmap of the last {@code window} sequence numbers (up to and including the highest seen)
 * tells duplicates from reordered probes and keeps {@link #gaps()} exact: the current number of
 * runs of missing sequence numbers between first and highest (a reordered probe that fills a
 * hole closes or splits a run). A probe below the window is {@link Arrival#STALE} (counted, but
 * neither as received nor as duplicate: the bitmap no longer knows), unless it is below
 * {@code window} itself, which means the sender restarted at 0 with the same id
 * ({@link Arrival#RESTART}): the counts so far are kept and a new run starts there. Our senders
 * pick a new id per run, so for them a restart is a new roster row instead. A forward jump of
 * any size is loss (64-bit sequence numbers do not wrap in practice) and costs at most one pass
 * over the window. Counters saturate ({@link Saturating}): 0 then 2^63-1 expects 2^63 probes,
 * one more than a {@code long} holds, and reads as 2^63-1 expected, never as negative loss.
 * Not thread-safe.
 */
final class SequenceTracker {

    private final int window;
    /** {@code window - 1} when the window is a power of two, else -1. */
    private final long windowMask;
    private final long[] bits;
    private boolean started;
    private long first;
    private long highest;
    private long received;
    private long runs;
    private long earlierExpected;
    private long earlierReceived;
    private long earlierRuns;
    private long duplicates;
    private long reordered;
    private long stale;
    private long restarts;

    /** @param window how many recent sequence numbers are remembered; a positive multiple of 64 */
    SequenceTracker(int window) {
        if (window < 64 || window % 64 != 0) {
            throw new IllegalArgumentException("window must be a positive multiple of 64, not " + window); // i18n-ok: programmer error
        }
        this.window = window;
        this.windowMask = Integer.bitCount(window) == 1 ? window - 1 : -1;
        this.bits = new long[window / 64];
    }

    /** Classifies a sequence number and counts it; never {@link Arrival#LATE} (that needs time). */
    Arrival accept(long sequence) {
        if (!started) {
            started = true;
            startRun(sequence);
            return Arrival.FIRST;
        }
        if (sequence > highest) {
            return advance(sequence);
        }
        if (highest - sequence >= window - 1) {
            if (sequence < window) {
                return restart(sequence);
            }
            stale++;
            return Arrival.STALE;
        }
        if (isSet(sequence)) {
            duplicates++;
            return Arrival.DUPLICATE;
        }
        if (sequence < first) {
            extendBelowFirst(sequence);
        } else {
            fillHole(sequence);
        }
        set(sequence);
        received++;
        reordered++;
        return Arrival.REORDERED;
    }

    private Arrival advance(long sequence) {
        Arrival arrival = sequence == highest + 1 ? Arrival.IN_ORDER : Arrival.AHEAD;
        if (arrival == Arrival.AHEAD) {
            runs++;
        }
        clearRange(highest + 1, sequence);
        highest = sequence;
        set(sequence);
        received++;
        return arrival;
    }

    private void extendBelowFirst(long sequence) {
        if (sequence + 1 < first) {
            runs++;
        }
        first = sequence;
    }

    private void fillHole(long sequence) {
        boolean missingBefore = sequence - 1 >= first && !isSet(sequence - 1);
        boolean missingAfter = !isSet(sequence + 1);
        if (missingBefore && missingAfter) {
            runs++;
        } else if (!missingBefore && !missingAfter) {
            runs--;
        }
    }

    private Arrival restart(long sequence) {
        earlierExpected = Saturating.add(earlierExpected, runExpected());
        earlierReceived = Saturating.add(earlierReceived, received);
        earlierRuns = Saturating.add(earlierRuns, runs);
        restarts++;
        Arrays.fill(bits, 0);
        startRun(sequence);
        return Arrival.RESTART;
    }

    private void startRun(long sequence) {
        first = sequence;
        highest = sequence;
        received = 1;
        runs = 0;
        set(sequence);
    }

    private void clearRange(long fromInclusive, long toInclusive) {
        if (toInclusive - fromInclusive + 1 >= window) {
            Arrays.fill(bits, 0);
            return;
        }
        for (long s = fromInclusive, count = toInclusive - fromInclusive + 1; count > 0; s++, count--) {
            bits[index(s)] &= ~mask(s); // counted, not s <= to: s++ past 2^63-1 would wrap negative
        }
    }

    private boolean isSet(long sequence) {
        return (bits[index(sequence)] & mask(sequence)) != 0;
    }

    private void set(long sequence) {
        bits[index(sequence)] |= mask(sequence);
    }

    private int index(long sequence) {
        // sequences are never negative; a power-of-two window (the default) is a mask, not a division
        return (int) (((windowMask >= 0 ? sequence & windowMask : sequence % window)) >>> 6);
    }

    private static long mask(long sequence) {
        return 1L << (sequence & 63);
    }

    /** Sequence numbers that should have arrived, from the first seen to the highest, over all runs. */
    long expected() {
        return started ? Saturating.add(earlierExpected, runExpected()) : 0;
    }

    /** {@code highest - first + 1} of the current run; both lie in 0..2^63-1, so only the +1 can overflow. */
    private long runExpected() {
        return Saturating.add(highest - first, 1);
    }

    /** Distinct sequence numbers received. */
    long received() {
        return Saturating.add(earlierReceived, received);
    }

    /** Never negative: received cannot exceed expected, unless expected saturated. */
    long lost() {
        return Math.max(0, expected() - received());
    }

    /** Runs of missing sequence numbers (current, within the window; frozen once they leave it). */
    long gaps() {
        return Saturating.add(earlierRuns, runs);
    }

    long duplicates() {
        return duplicates;
    }

    long reordered() {
        return reordered;
    }

    long stale() {
        return stale;
    }

    long restarts() {
        return restarts;
    }
}
