package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import java.util.ArrayList;
import java.util.List;

/**
 * What a relay does to one direction of traffic, after toxiproxy's toxics, clumsy and netem.
 * Immutable: a running relay swaps a whole {@link RelaySettings} at once, so a chunk or datagram
 * always sees one consistent set. Zero means "off" for every value. The constructor refuses values
 * out of range, naming each with its allowed range ({@link #problems}).
 *
 * @param latencyMs        added delay (both protocols)
 * @param jitterMs         the delay varies uniformly by ± this much (never below 0; TCP keeps byte order)
 * @param bandwidth        cap in bytes per second (token bucket), 0 for none
 * @param sliceBytes       TCP: write in segments of this many bytes (toxiproxy slicer)
 * @param sliceDelayMs     TCP: pause between segments
 * @param closeAfterBytes  TCP: end the connection after this many bytes in this direction (limit_data)
 * @param closeAfterMs     TCP: end the connection this long after it opened (timeout)
 * @param resetOnClose     TCP: those two end it with RST instead of FIN (reset_peer)
 * @param stall            TCP: stop reading this direction (the sender's window fills)
 * @param dropPercent      UDP: drop this share of datagrams
 * @param duplicatePercent UDP: send this share twice
 * @param reorderPercent   UDP: hold this share back by {@code reorderMs}
 * @param reorderMs        UDP: how long a held-back datagram waits
 * @param corruptPercent   UDP: flip one random bit in this share
 */
public record Impairments(int latencyMs, int jitterMs, long bandwidth, int sliceBytes, int sliceDelayMs,
                          long closeAfterBytes, long closeAfterMs, boolean resetOnClose, boolean stall,
                          double dropPercent, double duplicatePercent, double reorderPercent, int reorderMs,
                          double corruptPercent) {

    public static final int MAX_DELAY_MS = 60_000;
    public static final long MAX_BANDWIDTH = 10_000_000_000L;
    public static final int MAX_SLICE = 65_536;
    public static final long MAX_CLOSE_AFTER_MS = 86_400_000L;

    public static final Impairments NONE = builder().build();

    public Impairments {
        List<String> problems = problems(latencyMs, jitterMs, bandwidth, sliceBytes, sliceDelayMs, closeAfterBytes,
                closeAfterMs, dropPercent, duplicatePercent, reorderPercent, reorderMs, corruptPercent);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    private static List<String> problems(int latencyMs, int jitterMs, long bandwidth, int sliceBytes,
                                         int sliceDelayMs, long closeAfterBytes, long closeAfterMs,
                                         double dropPercent, double duplicatePercent, double reorderPercent,
                                         int reorderMs, double corruptPercent) {
        List<String> problems = new ArrayList<>();
        check(problems, "latency", latencyMs, 0, MAX_DELAY_MS, "ms");
        check(problems, "jitter", jitterMs, 0, MAX_DELAY_MS, "ms");
        check(problems, "bandwidth", bandwidth, 0, MAX_BANDWIDTH, "bytes/s");
        check(problems, "slice", sliceBytes, 0, MAX_SLICE, "bytes");
        check(problems, "slice-delay", sliceDelayMs, 0, MAX_DELAY_MS, "ms");
        check(problems, "close-after", closeAfterBytes, 0, Long.MAX_VALUE, "bytes");
        check(problems, "close-after", closeAfterMs, 0, MAX_CLOSE_AFTER_MS, "ms");
        check(problems, "drop", dropPercent, 0, 100, "%");
        check(problems, "duplicate", duplicatePercent, 0, 100, "%");
        check(problems, "reorder", reorderPercent, 0, 100, "%");
        check(problems, "reorder-delay", reorderMs, 0, MAX_DELAY_MS, "ms");
        check(problems, "corrupt", corruptPercent, 0, 100, "%");
        return problems;
    }

    private static void check(List<String> problems, String what, double value, double min, double max, String unit) {
        // NaN fails both comparisons' negation: !(value >= min) is true for it
        if (!(value >= min && value <= max)) {
            problems.add(RelayMessages.outOfRange(what, value, min, max, unit));
        }
    }

    /** Whether this changes nothing (the relay then only forwards). */
    public boolean isNone() {
        return equals(NONE);
    }

    /** In words, for a status line: "latency 20±5 ms, drop 10 %", or "none". */
    public String describe() {
        java.util.List<String> parts = new ArrayList<>();
        if (latencyMs > 0 || jitterMs > 0) {
            parts.add(jitterMs > 0 ? Texts.get("relay.impair.latencyJitter", latencyMs, jitterMs)
                    : Texts.get("relay.impair.latency", latencyMs));
        }
        add(parts, bandwidth > 0, "relay.impair.bandwidth", bandwidth);
        add(parts, sliceBytes > 0, "relay.impair.slices", sliceBytes, sliceDelayMs);
        add(parts, closeAfterBytes > 0, "relay.impair.closeAfterBytes", closeAfterBytes);
        add(parts, closeAfterMs > 0, "relay.impair.closeAfterMs", closeAfterMs);
        add(parts, resetOnClose, "relay.impair.reset");
        add(parts, stall, "relay.impair.stall");
        add(parts, dropPercent > 0, "relay.impair.drop", percent(dropPercent));
        add(parts, duplicatePercent > 0, "relay.impair.duplicate", percent(duplicatePercent));
        add(parts, reorderPercent > 0, "relay.impair.reorder", percent(reorderPercent), reorderMs);
        add(parts, corruptPercent > 0, "relay.impair.corrupt", percent(corruptPercent));
        return parts.isEmpty() ? Texts.get("relay.impair.none") : String.join(Texts.get("relay.impair.separator"), parts);
    }

    /** The text of one impairment that is on, in the current language (the relay bundle). */
    private static void add(List<String> parts, boolean on, String key, Object... args) {
        if (on) {
            parts.add(Texts.get(key, args));
        }
    }

    private static String percent(double value) {
        return (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value)) + " %";
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().latency(latencyMs, jitterMs).bandwidth(bandwidth).slice(sliceBytes, sliceDelayMs)
                .closeAfterBytes(closeAfterBytes).closeAfterMs(closeAfterMs).resetOnClose(resetOnClose).stall(stall)
                .drop(dropPercent).duplicate(duplicatePercent).reorder(reorderPercent, reorderMs)
                .corrupt(corruptPercent);
    }

    /** Builds {@link Impairments}; range checks happen in {@link #build()}. */
    public static final class Builder {
        private int latencyMs;
        private int jitterMs;
        private long bandwidth;
        private int sliceBytes;
        private int sliceDelayMs;
        private long closeAfterBytes;
        private long closeAfterMs;
        private boolean resetOnClose;
        private boolean stall;
        private double dropPercent;
        private double duplicatePercent;
        private double reorderPercent;
        private int reorderMs;
        private double corruptPercent;

        private Builder() {
        }

        public Builder latency(int ms, int jitter) {
            latencyMs = ms;
            jitterMs = jitter;
            return this;
        }

        public Builder bandwidth(long bytesPerSecond) {
            bandwidth = bytesPerSecond;
            return this;
        }

        public Builder slice(int bytes, int delayMs) {
            sliceBytes = bytes;
            sliceDelayMs = delayMs;
            return this;
        }

        public Builder closeAfterBytes(long bytes) {
            closeAfterBytes = bytes;
            return this;
        }

        public Builder closeAfterMs(long ms) {
            closeAfterMs = ms;
            return this;
        }

        public Builder resetOnClose(boolean value) {
            resetOnClose = value;
            return this;
        }

        public Builder stall(boolean value) {
            stall = value;
            return this;
        }

        public Builder drop(double percent) {
            dropPercent = percent;
            return this;
        }

        public Builder duplicate(double percent) {
            duplicatePercent = percent;
            return this;
        }

        public Builder reorder(double percent, int holdMs) {
            reorderPercent = percent;
            reorderMs = holdMs;
            return this;
        }

        public Builder corrupt(double percent) {
            corruptPercent = percent;
            return this;
        }

        public Impairments build() {
            return new Impairments(latencyMs, jitterMs, bandwidth, sliceBytes, sliceDelayMs, closeAfterBytes,
                    closeAfterMs, resetOnClose, stall, dropPercent, duplicatePercent, reorderPercent, reorderMs,
                    corruptPercent);
        }
    }
}
