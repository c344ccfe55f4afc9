package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import java.util.Locale;

/**
 * The capture's counters at one moment.
 *
 * @param payloads       payloads held now
 * @param retainedBytes  memory they take, as the byte cap counts it
 * @param dropped        payloads dropped because a cap was reached (since the last clear)
 * @param oldestSequence sequence number of the oldest payload held ({@code lastSequence + 1} when empty)
 * @param lastSequence   sequence number of the newest payload ever appended (0 before the first)
 * @param startNanos     timestamp of the first payload since the capture started or was cleared,
 *                       0 when there was none yet
 * @param limits         the caps
 */
public record CaptureStats(int payloads, long retainedBytes, long dropped, long oldestSequence,
                           long lastSequence, long startNanos, CaptureLimits limits) {

    /** {@code 1,234 payloads, 0 dropped (cap 1,000,000 payloads / 256 MiB)}. */
    public String describe() {
        return Texts.get("traffic.stats.describe", String.format(Locale.ROOT, "%,d", payloads),
                String.format(Locale.ROOT, "%,d", dropped), limits.describe());
    }
}
