package org.socketworkbench.multicast;

/**
 * The bounds that keep a long receive run in constant memory.
 *
 * @param sequenceWindow       sequence numbers remembered per sender for duplicate and reorder
 *                             detection (a multiple of 64; 65,536 = 8 KiB per sender, 0.65 s at
 *                             100,000 packets/s, 11 minutes at 100/s)
 * @param timelineSlots        length of each sender's {@link Timeline}
 * @param rateBucketNanos      width of a bucket of the sliding rate window
 * @param rateBuckets          buckets in the sliding rate window (window = width × buckets)
 * @param chartBucketNanos     width of one point of the rate chart
 * @param chartBuckets         points kept in the rate chart
 * @param maxSendersPerChannel rows per channel; probes of further senders count as foreign
 * @param maxForeignSources    foreign sources listed per channel; further ones are only counted
 */
public record RosterLimits(int sequenceWindow, int timelineSlots, long rateBucketNanos, int rateBuckets,
                           long chartBucketNanos, int chartBuckets, int maxSendersPerChannel,
                           int maxForeignSources) {

    /** 65,536 sequence numbers, 600 slots, a 1 s rate window of 100 ms buckets, 5 minutes of 1 s chart points, 1,024 senders and 64 foreign sources per channel. */
    public static final RosterLimits DEFAULT = new RosterLimits(65_536, Timeline.DEFAULT_CAPACITY,
            100_000_000L, 10, 1_000_000_000L, 300, 1_024, 64);

    public RosterLimits {
        if (sequenceWindow < 64 || sequenceWindow % 64 != 0) {
            throw new IllegalArgumentException("sequenceWindow must be a positive multiple of 64"); // i18n-ok: programmer error
        }
        if (timelineSlots <= 0 || rateBucketNanos <= 0 || rateBuckets <= 0 || chartBucketNanos <= 0
                || chartBuckets <= 0 || maxSendersPerChannel <= 0 || maxForeignSources < 0) {
            throw new IllegalArgumentException("limits must be positive"); // i18n-ok: programmer error
        }
    }
}
