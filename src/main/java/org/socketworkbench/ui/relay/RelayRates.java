package org.socketworkbench.ui.relay;

import org.socketworkbench.relay.RelayTotals;

/**
 * Throughput each way from a relay's totals sampled on the pulse: the rate is measured over
 * windows of at least {@value #WINDOW_MILLIS} ms, so a pulse every 250 ms does not make the
 * figure jump with every chunk the relay writes. FX thread.
 */
final class RelayRates {

    static final long WINDOW_MILLIS = 1000;

    private RelayTotals totals = RelayTotals.NONE;
    private RelayTotals windowStart;
    private long windowStartNanos;
    private double toServerRate;
    private double toClientRate;

    void sample(RelayTotals now, long nowNanos) {
        totals = now;
        if (windowStart == null) {
            windowStart = now;
            windowStartNanos = nowNanos;
            return;
        }
        long elapsed = nowNanos - windowStartNanos;
        if (elapsed < WINDOW_MILLIS * 1_000_000L) {
            return;
        }
        double seconds = elapsed / 1e9;
        toServerRate = (now.bytesToServer() - windowStart.bytesToServer()) / seconds;
        toClientRate = (now.bytesToClient() - windowStart.bytesToClient()) / seconds;
        windowStart = now;
        windowStartNanos = nowNanos;
    }

    void reset() {
        totals = RelayTotals.NONE;
        windowStart = null;
        toServerRate = 0;
        toClientRate = 0;
    }

    RelayTotals totals() {
        return totals;
    }

    /** Bytes per second written to the target over the last window. */
    double toServerRate() {
        return toServerRate;
    }

    /** Bytes per second written to the client over the last window. */
    double toClientRate() {
        return toClientRate;
    }
}
