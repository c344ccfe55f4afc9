package org.socketworkbench.multicast;

/**
 * When a sender counts as silent. A sender whose probes should come every {@code interval} is
 * silent once nothing advanced its sequence for {@code max(2 × interval, 10 ms)} (the floor keeps
 * scheduler jitter at high rates from looking like stalls). From then on one slot per interval
 * is missing from the timeline, and the next in-order probe is {@link Arrival#LATE}.
 */
final class SilenceRule {

    /** The shortest pause that counts as silence. */
    static final long MIN_SILENCE_NANOS = 10_000_000L;

    private SilenceRule() {
    }

    /** The pause after which a sender with this interval is silent. */
    static long thresholdNanos(long intervalNanos) {
        return Math.max(2 * intervalNanos, MIN_SILENCE_NANOS);
    }

    /** How many timeline slots a pause of {@code elapsed} leaves empty; 0 when the interval is unknown (&lt;= 0). */
    static long silentSlots(long elapsedNanos, long intervalNanos) {
        if (intervalNanos <= 0) {
            return 0;
        }
        long threshold = thresholdNanos(intervalNanos);
        return elapsedNanos < threshold ? 0 : 1 + (elapsedNanos - threshold) / intervalNanos;
    }
}
