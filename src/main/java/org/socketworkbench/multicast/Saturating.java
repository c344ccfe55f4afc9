package org.socketworkbench.multicast;

/**
 * Counter arithmetic that stops at the ends of {@code long} instead of wrapping. Sequence
 * numbers run from 0 to 2^63-1, so a sender that jumps from 0 to 2^63-1 (legal) "expects" 2^63
 * probes, one more than a {@code long} holds; summing such counters over senders overflows too.
 * Saturated figures stay meaningful (loss near 100%), wrapped ones read as negative loss.
 */
final class Saturating {

    private Saturating() {
    }

    static long add(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    static long subtract(long a, long b) {
        long difference = a - b;
        if (((a ^ b) & (a ^ difference)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return difference;
    }
}
