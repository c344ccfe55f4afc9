package org.socketworkbench.multicast;

/**
 * One point of a rate chart: the throughput over one completed interval.
 *
 * @param startNanos when the interval began (probe clock)
 * @param rate       packets/s and bytes/s over the interval
 */
public record RateSample(long startNanos, Throughput rate) {
}
