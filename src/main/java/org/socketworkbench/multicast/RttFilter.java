package org.socketworkbench.multicast;

import java.util.OptionalLong;

/**
 * NTP's clock filter in small (RFC 5905 section 10): of the last {@value #SAMPLES} round-trip samples,
 * the smallest. A sample is inflated by whatever delayed that one report (a busy CPU, a GC pause,
 * the report waiting for the engine's thread) but never deflated, so the minimum is the path's
 * RTT. Not thread-safe.
 */
final class RttFilter {

    static final int SAMPLES = 8;

    private final long[] samples = new long[SAMPLES];
    private int count;
    private int next;

    void add(long rttNanos) {
        samples[next] = rttNanos;
        next = (next + 1) % SAMPLES;
        count = Math.min(SAMPLES, count + 1);
    }

    OptionalLong value() {
        if (count == 0) {
            return OptionalLong.empty();
        }
        long min = Long.MAX_VALUE;
        for (int i = 0; i < count; i++) {
            min = Math.min(min, samples[i]);
        }
        return OptionalLong.of(min);
    }
}
