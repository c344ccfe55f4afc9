package org.socketworkbench.bench;

import java.io.PrintStream;
import java.util.function.LongFunction;

/**
 * Finds the highest rate a receiver sustains with zero loss: doubles the rate from a start
 * until a run loses (or the sender cannot keep up), then bisects between the last good and the
 * first bad rate.
 */
final class ZeroLossSearch {

    private static final int BISECTIONS = 4;

    private ZeroLossSearch() {
    }

    /** The highest zero-loss rate found, or 0 when even {@code start} lost. */
    static long highest(String name, long start, long max, LongFunction<RateTrial> trial, PrintStream out) {
        long good = 0;
        long bad = 0;
        for (long rate = start; rate <= max; rate *= 2) {
            if (run(name, rate, trial, out)) {
                good = rate;
            } else {
                bad = rate;
                break;
            }
        }
        if (bad == 0) {
            return good;
        }
        long low = good == 0 ? start / 2 : good;
        for (int i = 0; i < BISECTIONS && bad - low > 1; i++) {
            long middle = (low + bad) / 2;
            if (run(name, middle, trial, out)) {
                low = middle;
                good = middle;
            } else {
                bad = middle;
            }
        }
        return good;
    }

    private static boolean run(String name, long rate, LongFunction<RateTrial> trial, PrintStream out) {
        RateTrial result = trial.apply(rate);
        out.println("  " + name + " " + result.describe());
        return result.zeroLoss();
    }
}
