package org.socketworkbench.bench;

import java.io.PrintStream;
import java.util.function.LongFunction;

/**
 * Finds the highest rate a receiver sustains with zero loss: doubles the rate from a start
 * until a run loses (or the sender cannot keep up), then bisects between the last good and the
 * first bad rate. {@link #interleaved} runs two such searches turn about, one trial of each in
 * turn, so that both meet the same machine: on a machine shared with other work, two searches
 * run one after the other can see very different loads, and their ratio would measure that.
 */
final class ZeroLossSearch {

    private static final int BISECTIONS = 4;

    private final String name;
    private final long start;
    private final long max;
    private final LongFunction<RateTrial> trial;
    private long good;
    private long bad;
    private long low;
    private int bisections;
    private long next;

    private ZeroLossSearch(String name, long start, long max, LongFunction<RateTrial> trial) {
        this.name = name;
        this.start = start;
        this.max = max;
        this.trial = trial;
        this.next = start;
    }

    /** Both searches, one trial of each in turn; the highest zero-loss rates of {@code a} and {@code b}. */
    static long[] interleaved(String a, LongFunction<RateTrial> trialA, String b, LongFunction<RateTrial> trialB,
                              long start, long max, PrintStream out) {
        ZeroLossSearch first = new ZeroLossSearch(a, start, max, trialA);
        ZeroLossSearch second = new ZeroLossSearch(b, start, max, trialB);
        while (!first.done() || !second.done()) {
            if (!first.done()) {
                first.step(out);
            }
            if (!second.done()) {
                second.step(out);
            }
        }
        return new long[] {first.good, second.good};
    }

    private boolean done() {
        return next == 0;
    }

    private void step(PrintStream out) {
        long rate = next;
        RateTrial result = trial.apply(rate);
        out.println("  " + name + " " + result.describe());
        boolean zeroLoss = result.zeroLoss();
        if (bad == 0) { // still doubling
            if (zeroLoss) {
                good = rate;
                next = rate * 2 <= max ? rate * 2 : 0;
                return;
            }
            bad = rate;
            low = good == 0 ? start / 2 : good;
        } else if (zeroLoss) {
            low = rate;
            good = rate;
        } else {
            bad = rate;
        }
        next = bisections < BISECTIONS && bad - low > 1 ? (low + bad) / 2 : 0;
        if (next != 0) {
            bisections++;
        }
    }
}
