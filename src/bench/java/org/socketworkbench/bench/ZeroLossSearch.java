package org.socketworkbench.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongFunction;

/**
 * Finds the highest rate a receiver sustains with zero loss: doubles the rate from a start
 * until a run loses (or the sender cannot keep up), then bisects between the last good and the
 * first bad rate. A rate that fails is run once more before it counts as bad: on two cores shared
 * by both ends, one trial in a few loses to a moment of other work (a compile, a collection, a
 * process of the machine's) at a rate the next trial sustains, and a single such trial ended the
 * doubling early, at a power of two below the true rate. Both searches get the same second try.
 * {@link #interleaved} runs two such searches turn about, one trial of each in
 * turn, so that both meet the same machine: on a machine shared with other work, two searches
 * run one after the other can see very different loads, and their ratio would measure that.
 */
final class ZeroLossSearch {

    /** After the doubling, 5 bisections: the last step is 2-3 % of the rate found (8,000 at 500,000/s). */
    private static final int BISECTIONS = 5;
    /** Trials at one rate before it counts as bad. */
    private static final int TRIES = 2;

    private final String name;
    private final long start;
    private final long max;
    private final LongFunction<RateTrial> trial;
    private long good;
    private long bad;
    private long low;
    private int bisections;
    private long next;
    private int failures;

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
        if (!zeroLoss && ++failures < TRIES) {
            return; // the same rate once more
        }
        failures = 0;
        if (bad == 0) { // still doubling
            if (zeroLoss) {
                good = rate;
                next = rate * 2 <= max ? rate * 2 : rate < max ? max : 0;
                if (next == 0) {
                    out.println("  " + name + " reached the search's ceiling of " + String.format(Locale.ROOT, "%,d", max)
                            + " pkt/s without a loss: its figure is a floor, not its limit");
                }
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
