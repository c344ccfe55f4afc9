package org.socketworkbench.multicast;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything the receiver knows about one sender on one channel: identity from its latest probe,
 * counters, sliding rate, rate chart, one-way latency and timeline, in bounded memory
 * ({@link RosterLimits}).
 *
 * <p>A probe is {@link Arrival#LATE} when it is the next in sequence but arrived after a silence
 * ({@link SilenceRule}: no progress for {@code max(2 × interval, 10 ms)}), i.e. the stream stalled
 * and resumed without loss; the expected interval is the announced rate's, or, for senders that
 * announce none, the mean interval observed so far. Not thread-safe: {@link Roster} guards it.
 */
public final class SenderStats {

    private final Channel channel;
    private final long senderId;
    private final SequenceTracker tracker;
    private final TimeBuckets rateWindow;
    private final TimeBuckets chart;
    private final LatencyStats latency = new LatencyStats();
    private final Timeline timeline;
    private String hostName = "";
    private String sourceAddress = "";
    private int sourcePort;
    private InetSocketAddress target;
    private int ttl;
    private long rateMilli;
    private boolean ended;
    private long packets;
    private long bytes;
    private long late;
    private long firstSeen;
    private long lastSeen;
    private long lastProgress;
    private long pacedPackets;
    private long pacedBytes;
    private long lastPaced;
    private long firstPacedSequence;
    private long firstPacedSendTime;
    private long lastPacedSequence;
    private long lastPacedSendTime;
    private long lastSendTime;
    private long lastArrival;

    public SenderStats(Channel channel, long senderId, RosterLimits limits) {
        this.channel = channel;
        this.senderId = senderId;
        this.tracker = new SequenceTracker(limits.sequenceWindow());
        this.rateWindow = new TimeBuckets(limits.rateBucketNanos(), limits.rateBuckets());
        this.chart = new TimeBuckets(limits.chartBucketNanos(), limits.chartBuckets());
        this.timeline = new Timeline(limits.timelineSlots());
    }

    /**
     * Counts one probe of this sender.
     *
     * @param size       the datagram's length in bytes
     * @param now        arrival time on the probe clock
     * @param sharesClock whether the probe's send time is on our clock ({@link ClockDomain})
     * @return how the probe fits the sequence
     */
    public Arrival record(ProbePacket probe, int size, String fromAddress, int fromPort, long now,
                          boolean sharesClock) {
        if (packets == 0) {
            firstSeen = now;
        }
        long interval = intervalNanos(probe.rateMilli());
        Arrival arrival = tracker.accept(probe.sequence());
        if (arrival == Arrival.IN_ORDER && SilenceRule.silentSlots(now - lastProgress, interval) > 0) {
            arrival = Arrival.LATE;
            late++;
        }
        hostName = probe.hostName();
        sourceAddress = fromAddress;
        sourcePort = fromPort;
        target = probe.target();
        ttl = probe.ttl();
        rateMilli = probe.rateMilli();
        packets++;
        bytes += size;
        lastSeen = now;
        if (!probe.last()) {
            if (pacedPackets == 0) {
                firstPacedSequence = probe.sequence();
                firstPacedSendTime = probe.sendTimeNanos();
            }
            pacedPackets++;
            pacedBytes += size;
            lastPaced = now;
            if (arrival.isProgress()) {
                lastPacedSequence = probe.sequence();
                lastPacedSendTime = probe.sendTimeNanos();
            }
        }
        rateWindow.add(now, size);
        chart.add(now, size);
        if (arrival.isUnique()) {
            lastSendTime = probe.sendTimeNanos();
            lastArrival = now;
        }
        if (sharesClock && arrival.isUnique()) {
            latency.add(Saturating.subtract(now, probe.sendTimeNanos()));
        }
        timeline.record(probe.sequence(), arrival, now, interval);
        if (arrival.isProgress()) {
            lastProgress = now;
            ended = probe.last();
            if (ended) {
                timeline.end();
            }
        }
        return arrival;
    }

    /** Lets silence show on the timeline while nothing arrives. */
    public void tick(long now) {
        timeline.tick(now, intervalNanos(rateMilli));
    }

    /**
     * This sender's block of our receiver report at {@code now}: the counters, the shared-clock
     * latency median, and LSR/DLSR (the latest probe's send time and how long ago it arrived).
     *
     * @param rtt the RTT we measured to this sender from its own reports, if any
     */
    public ReportBlock reportBlock(long now, OptionalLong rtt) {
        OptionalLong median = latency.snapshot().map(l -> OptionalLong.of(l.medianNanos())).orElse(OptionalLong.empty());
        return new ReportBlock(senderId, packets, tracker.expected(), tracker.received(), tracker.lost(),
                tracker.duplicates(), tracker.reordered(), late, median, lastSendTime,
                lastSendTime == 0 ? 0 : Math.max(0, now - lastArrival), rtt);
    }

    public long senderId() {
        return senderId;
    }

    public String hostName() {
        return hostName;
    }

    /** The row as it is now. */
    public SenderSnapshot snapshot(long now) {
        SequenceCounts counts = new SequenceCounts(packets, bytes, tracker.expected(), tracker.received(),
                tracker.lost(), tracker.gaps(), tracker.duplicates(), tracker.reordered(), late, tracker.stale(),
                tracker.restarts());
        Optional<ProbeRate> announced = rateMilli > 0 && rateMilli <= ProbeRate.MAX_MILLI
                ? Optional.of(new ProbeRate(rateMilli)) : Optional.empty();
        return new SenderSnapshot(channel, senderId, hostName, sourceAddress, sourcePort, target, ttl, announced,
                ended, firstSeen, lastSeen, counts, rate(now), latency.snapshot(), timeline.snapshot(),
                chart.samples(now));
    }

    /**
     * The sliding-window rate while the sender runs. Once it said goodbye, its mean rate while it
     * was sending, so the final table does not count the silence after LAST: the sequence numbers
     * between its first and its last paced probe we saw (the LAST probe follows the final paced
     * one at once, so it is left out) over the time between their send times. Send times, not
     * arrivals: durations on the sender's clock need no shared clock, and arrivals are read when
     * the receiver gets to them (a receiver that starts late reads a backlog in one burst). When
     * the send times cannot serve (a restart, a sender whose clock stands still), the arrivals do.
     */
    private Throughput rate(long now) {
        if (!ended) {
            return rateWindow.rate(now);
        }
        long sequences = lastPacedSequence - firstPacedSequence;
        long sendSpan = lastPacedSendTime - firstPacedSendTime;
        double perSecond;
        if (sequences > 0 && sendSpan > 0 && tracker.restarts() == 0) {
            perSecond = sequences * 1e9 / sendSpan;
        } else {
            long span = lastPaced - firstSeen;
            if (pacedPackets < 2 || span <= 0) {
                return Throughput.ZERO;
            }
            perSecond = (pacedPackets - 1) * 1e9 / span;
        }
        return new Throughput(perSecond, perSecond * pacedBytes / pacedPackets);
    }

    private long intervalNanos(long announcedMilli) {
        if (announcedMilli > 0) {
            return ProbeRate.intervalNanos(announcedMilli);
        }
        return packets >= 2 ? (lastSeen - firstSeen) / (packets - 1) : 0;
    }
}
