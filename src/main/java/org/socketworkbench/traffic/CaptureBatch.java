package org.socketworkbench.traffic;

import java.util.List;

/**
 * What a reader gets from {@link TrafficCapture#since}: the payloads appended after the
 * sequence it asked for (oldest first), and the capture's counters taken at the same moment.
 *
 * @param payloads the new payloads, in sequence order; unmodifiable
 * @param stats    the counters
 */
public record CaptureBatch(List<CapturedPayload> payloads, CaptureStats stats) {

    /** Sequence number of the last payload in this batch, or {@code otherwise} when it is empty. */
    public long lastSequenceOr(long otherwise) {
        return payloads.isEmpty() ? otherwise : payloads.getLast().sequence();
    }
}
