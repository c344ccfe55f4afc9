package org.socketworkbench.multicast;

import java.util.Optional;

/**
 * Accumulates one-way latency samples in constant memory (see {@link LatencySnapshot}). Sums
 * saturate ({@link Saturating}): a sender with a wild clock must not turn the mean negative.
 * Not thread-safe.
 */
final class LatencyStats {

    private final LatencyHistogram histogram = new LatencyHistogram();
    private long samples;
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private double sum;
    private long previous;
    private double jitter;

    void add(long latencyNanos) {
        if (samples > 0) {
            jitter += (Math.abs((double) latencyNanos - previous) - jitter) / 16.0;
        }
        previous = latencyNanos;
        samples++;
        sum += latencyNanos;
        min = Math.min(min, latencyNanos);
        max = Math.max(max, latencyNanos);
        histogram.add(latencyNanos);
    }

    /** The figures so far, or empty when no sample was taken. */
    Optional<LatencySnapshot> snapshot() {
        if (samples == 0) {
            return Optional.empty();
        }
        return Optional.of(new LatencySnapshot(samples, min, Math.round(sum / samples), histogram.median(), max,
                Math.round(jitter)));
    }
}
