package org.socketworkbench.relay;

/**
 * When a chunk or datagram may leave: now plus latency ± jitter, no earlier than the bandwidth
 * cap allows (a token bucket holding one chunk: after an idle spell one chunk goes at once, then
 * each waits until the bytes before it have "drained" at the capped rate). A TCP pacer also keeps
 * byte order: nothing leaves before what was read before it.
 */
final class Pacer {

    private static final long NANOS_PER_MS = 1_000_000L;

    private final boolean keepOrder;
    private long lastRelease = Long.MIN_VALUE;
    private long bucketFree = Long.MIN_VALUE;

    Pacer(boolean keepOrder) {
        this.keepOrder = keepOrder;
    }

    /** The {@link System#nanoTime()} when {@code bytes} read at {@code now} may be sent. */
    long release(long now, int bytes, Impairments impairments, double jitter) {
        long delay = impairments.latencyMs() * NANOS_PER_MS + Math.round(jitter * impairments.jitterMs() * NANOS_PER_MS);
        long at = now + Math.max(0, delay);
        if (impairments.bandwidth() > 0) {
            long start = Math.max(at, bucketFree);
            bucketFree = start + (long) (bytes * 1e9 / impairments.bandwidth());
            at = start;
        }
        if (keepOrder) {
            at = Math.max(at, lastRelease);
            lastRelease = at;
        }
        return at;
    }

    /** A pause after a chunk (a TCP slice delay): what comes next waits that much longer. */
    void pause(long nanos) {
        if (lastRelease != Long.MIN_VALUE) {
            lastRelease += nanos;
        }
    }
}
