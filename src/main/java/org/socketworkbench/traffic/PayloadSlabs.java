package org.socketworkbench.traffic;

import java.util.Objects;

/**
 * Where the capture keeps payload bytes: copied one after another into large shared arrays
 * (slabs) rather than one array per payload. A slab of a few MiB is a humongous object to G1: it
 * is allocated straight into the old generation and never copied. One array per payload, by
 * contrast, is born in the young generation and is still alive at the next young collection (the
 * capture holds it), so each collection copied all the traffic of the last fraction of a second:
 * during a TCP flood, 40 to 120 ms pauses of every thread, the FX thread included (see
 * src/docs/architecture.md, "Long pulse gaps"). Once the capture has dropped every payload of a slab,
 * the slab is garbage as a whole. Not thread-safe: the capture calls it under its lock.
 */
final class PayloadSlabs {

    /**
     * Four MiB less room for the array header, so that a slab fills whole G1 regions (1, 2 or
     * 4 MiB, by heap size) and stays humongous, which needs at least half a region.
     */
    static final int SLAB_BYTES = 4 * 1024 * 1024 - 64;

    private final int slabBytes;
    private byte[] slab;
    private int used;

    /** Slabs of at most a sixteenth of the byte cap, so that a small capture keeps small arrays. */
    PayloadSlabs(long maxCapturedBytes) {
        this.slabBytes = (int) Math.max(4096, Math.min(SLAB_BYTES, maxCapturedBytes / 16));
    }

    /**
     * The payload with its bytes copied into the current slab (a new one when they do not fit).
     * A payload longer than an eighth of a slab keeps the array it came in (the engine hands each
     * observer its own copy), so a slab never wastes more than an eighth of itself at its end.
     */
    CapturedPayload store(long sequence, long timestampNanos, TrafficFlow flow, boolean newFlow, byte[] bytes) {
        Objects.requireNonNull(bytes, "payload");
        if (bytes.length > slabBytes / 8) {
            return new CapturedPayload(sequence, timestampNanos, flow, newFlow, bytes, 0, bytes.length);
        }
        if (slab == null || slabBytes - used < bytes.length) {
            slab = new byte[slabBytes];
            used = 0;
        }
        int offset = used;
        System.arraycopy(bytes, 0, slab, offset, bytes.length);
        used += bytes.length;
        return new CapturedPayload(sequence, timestampNanos, flow, newFlow, slab, offset, bytes.length);
    }

    /** Starts the next payload in a new slab (the capture was cleared: the old ones may all go). */
    void reset() {
        slab = null;
        used = 0;
    }
}
