package org.socketworkbench.multicast;

/**
 * One report interval of a matrix cell: what changed between two reports of that pair.
 *
 * @param timeNanos when the later report arrived (probe clock)
 * @param expected  probes expected in the interval
 * @param lost      of those, lost (never negative: a reordered probe filling an older hole can
 *                  lower the cumulative count, which is shown as 0 here)
 * @param latencyNanos the pair's latency figure then (measured or estimated), -1 when none
 */
public record CellSample(long timeNanos, long expected, long lost, long latencyNanos) {

    public double lossPercent() {
        return expected <= 0 ? 0 : Math.min(100, 100.0 * ((double) lost / expected));
    }
}
