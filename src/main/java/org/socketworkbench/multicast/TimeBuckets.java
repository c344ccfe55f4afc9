package org.socketworkbench.multicast;

import java.util.ArrayList;
import java.util.List;

/**
 * Packet and byte counts in fixed-width time buckets, aligned to the first packet, keeping the
 * last {@code kept} completed buckets (memory does not grow with the run). Serves both the
 * sliding-window rate (e.g. 10 buckets of 100 ms) and the rate chart (e.g. 300 buckets of 1 s).
 * Only completed buckets are reported, so a rate never extrapolates from a partial bucket.
 * Not thread-safe.
 */
final class TimeBuckets {

    private final long width;
    private final int kept;
    private final long[] packets;
    private final long[] bytes;
    private boolean started;
    private long origin;
    private long current;

    TimeBuckets(long widthNanos, int kept) {
        if (widthNanos <= 0 || kept <= 0) {
            throw new IllegalArgumentException("bucket width and count must be positive"); // i18n-ok: programmer error
        }
        this.width = widthNanos;
        this.kept = kept;
        this.packets = new long[kept + 1];
        this.bytes = new long[kept + 1];
    }

    /** Counts one packet of {@code size} bytes at {@code now}. */
    void add(long now, int size) {
        if (!started) {
            started = true;
            origin = now;
        }
        advance(now);
        int slot = slot(current);
        packets[slot]++;
        bytes[slot] += size;
    }

    /** The rate over the last {@code kept} completed buckets (fewer while the run is younger). */
    Throughput rate(long now) {
        advance(now);
        int available = completed();
        if (available == 0) {
            return Throughput.ZERO;
        }
        long packetSum = 0;
        long byteSum = 0;
        for (long b = current - available; b < current; b++) {
            packetSum += packets[slot(b)];
            byteSum += bytes[slot(b)];
        }
        return perSecond(packetSum, byteSum, available * width);
    }

    /** The completed buckets, oldest first, as rates. */
    List<RateSample> samples(long now) {
        advance(now);
        int available = completed();
        List<RateSample> samples = new ArrayList<>(available);
        for (long b = current - available; b < current; b++) {
            samples.add(new RateSample(origin + b * width, perSecond(packets[slot(b)], bytes[slot(b)], width)));
        }
        return samples;
    }

    private int completed() {
        return (int) Math.min(kept, current);
    }

    private void advance(long now) {
        if (!started || now < origin) {
            return;
        }
        long bucket = (now - origin) / width;
        if (bucket <= current) {
            return;
        }
        long clear = Math.min(bucket - current, packets.length);
        for (long b = bucket - clear + 1; b <= bucket; b++) {
            packets[slot(b)] = 0;
            bytes[slot(b)] = 0;
        }
        current = bucket;
    }

    private int slot(long bucket) {
        return (int) (bucket % packets.length);
    }

    private static Throughput perSecond(long packetCount, long byteCount, long nanos) {
        double seconds = nanos / 1e9;
        return new Throughput(packetCount / seconds, byteCount / seconds);
    }
}
