package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import java.util.Locale;

/**
 * How much the capture keeps: at most this many payloads and this many bytes (payload bytes plus
 * {@link CapturedPayload#OVERHEAD_BYTES} each), whichever is reached first; beyond that the
 * oldest payloads are dropped and counted.
 *
 * @param maxPayloads the most payloads kept, at least 1
 * @param maxBytes    the most memory the kept payloads may take, at least 1
 */
public record CaptureLimits(int maxPayloads, long maxBytes) {

    /** One million payloads or 256 MiB. */
    public static final CaptureLimits DEFAULT = new CaptureLimits(1_000_000, 256L * 1024 * 1024);

    public CaptureLimits {
        if (maxPayloads < 1) {
            throw new IllegalArgumentException(Texts.get("traffic.limits.payloads", maxPayloads));
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException(Texts.get("traffic.limits.bytes", maxBytes));
        }
    }

    /** {@code 1,000,000 payloads / 256 MiB}. */
    public String describe() {
        return Texts.get("traffic.limits.describe", String.format(Locale.ROOT, "%,d", maxPayloads), ByteSizes.format(maxBytes));
    }
}
