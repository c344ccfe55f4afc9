package org.socketworkbench.multicast;

/**
 * One-way latency of a sender that shares the receiver's clock.
 *
 * @param samples     probes measured (received ones; duplicates and stale probes excluded)
 * @param minNanos    smallest receive time minus send time (may be slightly negative when two
 *                    processes' clocks differ by more than the path takes)
 * @param avgNanos    mean
 * @param medianNanos median of the whole run, to within 1/16 of its value ({@link LatencyHistogram}):
 *                    what a tester compares, since a few scheduler stalls pull the mean up
 * @param maxNanos    largest
 * @param jitterNanos RFC 3550 interarrival jitter: a running mean (gain 1/16) of the change in
 *                    latency between consecutive probes
 */
public record LatencySnapshot(long samples, long minNanos, long avgNanos, long medianNanos, long maxNanos, long jitterNanos) {
}
