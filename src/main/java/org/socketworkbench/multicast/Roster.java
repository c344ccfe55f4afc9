package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The receiver's view of who sends on which channel: one {@link SenderStats} per (channel,
 * sender id), plus each channel's foreign traffic. Datagrams that are not readable probes are
 * counted as foreign with their source and reason, never dropped.
 *
 * <p>Thread-safe: one receiving thread calls {@link #record}, a timer calls {@link #tick} and a
 * UI or printer thread calls {@link #snapshot}; each call holds a short lock, decoding happens
 * outside it.
 */
public final class Roster {

    private final Object lock = new Object();
    private final LongSupplier clock;
    private final ClockDomain clocks;
    private final RosterLimits limits;
    private final Map<Channel, ChannelState> channels = new LinkedHashMap<>();
    private final Map<GroupAddress, Long> localSenders = new HashMap<>();
    private final RecentFields recentFields = new RecentFields();

    /** A roster with {@link RosterLimits#DEFAULT}. */
    public Roster(LongSupplier clock, ClockDomain clocks) {
        this(clock, clocks, RosterLimits.DEFAULT);
    }

    /**
     * @param clock  the probe clock ({@link ProbeClock#system()}); arrival times are read from it
     * @param clocks decides which senders share our clock (for one-way latency)
     */
    public Roster(LongSupplier clock, ClockDomain clocks, RosterLimits limits) {
        this.clock = clock;
        this.clocks = clocks;
        this.limits = limits;
    }

    /** The probe clock arrival times are read from. */
    public LongSupplier clock() {
        return clock;
    }

    /** Lists a channel even before anything arrives on it (a joined group that stays silent shows). */
    public void watch(Channel channel) {
        synchronized (lock) {
            state(channel);
        }
    }

    /**
     * Drops a channel and everything counted on it (its group was left). Datagrams still in
     * flight for it start a fresh row, so a later join never counts the time away as loss.
     */
    public void forget(Channel channel) {
        synchronized (lock) {
            channels.remove(channel);
            lastState = null;
        }
    }

    /**
     * Counts one received datagram.
     *
     * @param channel       the group and adapter it was received on
     * @param datagram      its bytes
     * @param sourceAddress the sender's address as the socket reported it
     * @param sourcePort    the sender's port
     */
    public void record(Channel channel, byte[] datagram, String sourceAddress, int sourcePort) {
        record(channel, datagram, sourceAddress, sourcePort, clock.getAsLong());
    }

    /**
     * Counts one received datagram that arrived at {@code arrivalNanos} (probe clock), read by
     * the receiving code the moment the datagram was handed over, before decoding and before
     * waiting for this roster's lock: one-way latency is measured to that instant.
     */
    public void record(Channel channel, byte[] datagram, String sourceAddress, int sourcePort, long arrivalNanos) {
        if (ReportCodec.isReport(datagram)) {
            recordReport(channel, datagram, sourceAddress, sourcePort, arrivalNanos);
            return;
        }
        ProbeDecoding decoding = ProbeCodec.decode(datagram, recentFields);
        synchronized (lock) {
            long now = arrivalNanos;
            ChannelState state = state(channel);
            switch (decoding) {
                case ProbeDecoding.Rejected rejected ->
                        state.foreign.add(sourceAddress, sourcePort, datagram.length, rejected.detail());
                case ProbeDecoding.Probe(ProbePacket probe) -> {
                    SenderStats sender = state.senders.get(probe.senderId());
                    if (sender == null && state.senders.size() >= limits.maxSendersPerChannel()) {
                        state.foreign.add(sourceAddress, sourcePort, datagram.length, Texts.get("multicast.foreign.tooManySenders",
                                limits.maxSendersPerChannel()));
                        return;
                    }
                    if (sender == null) {
                        sender = new SenderStats(channel, probe.senderId(), limits);
                        state.senders.put(probe.senderId(), sender);
                    }
                    sender.record(probe, datagram.length, sourceAddress, sourcePort, now, clocks.sharesClock(probe));
                }
            }
        }
    }

    /** A receiver report goes into the channel's matrix; it is neither a probe nor foreign, unless unreadable. */
    private void recordReport(Channel channel, byte[] datagram, String sourceAddress, int sourcePort, long arrival) {
        ReportDecoding decoding = ReportCodec.decode(datagram);
        synchronized (lock) {
            ChannelState state = state(channel);
            switch (decoding) {
                case ReportDecoding.Report(ReceiverReport report) ->
                        state.matrix.report(report, arrival, clocks::isLocalSender);
                case ReportDecoding.Rejected(String detail) ->
                        state.foreign.add(sourceAddress, sourcePort, datagram.length, detail);
            }
        }
    }

    /** Tells the reports on this group which of our senders is this host's (0: none any more). */
    public void sendsOn(GroupAddress group, long senderId) {
        synchronized (lock) {
            localSenders.put(group, senderId);
        }
    }

    /**
     * This host's receiver report for a channel, as datagrams ready to send to the group (more
     * than {@link ReportCodec#MAX_BLOCKS} senders take several). It also goes into our own matrix,
     * so our row is there whether or not our reports loop back to us.
     */
    public List<byte[]> report(Channel channel, ReportSettings settings) {
        synchronized (lock) {
            long now = clock.getAsLong();
            ChannelState state = state(channel);
            List<ReportBlock> blocks = state.senders.values().stream()
                    .map(sender -> sender.reportBlock(now, state.matrix.rttTo(sender.senderId())))
                    .toList();
            ReceiverReport report = new ReceiverReport(state.reporterId, localSenders.getOrDefault(channel.group(), 0L),
                    now, (int) settings.interval().toMillis(), settings.hostName(), blocks);
            state.matrix.report(report, now, clocks::isLocalSender);
            return ReportCodec.encodeAll(report);
        }
    }

    /** Advances every timeline to now, so silent senders show empty slots. Call it a few times a second. */
    public void tick() {
        synchronized (lock) {
            long now = clock.getAsLong();
            channels.values().forEach(state -> state.senders.values().forEach(sender -> sender.tick(now)));
        }
    }

    /** An immutable copy of everything, for display. */
    public RosterSnapshot snapshot() {
        synchronized (lock) {
            long now = clock.getAsLong();
            List<ChannelSnapshot> list = channels.entrySet().stream()
                    .map(entry -> new ChannelSnapshot(entry.getKey(),
                            entry.getValue().senders.values().stream().map(s -> s.snapshot(now)).toList(),
                            entry.getValue().foreign.snapshot(),
                            entry.getValue().matrix.snapshot(entry.getKey(), now, entry.getValue().senderNames())))
                    .toList();
            return new RosterSnapshot(now, list);
        }
    }

    /** Lock held. The latest channel's state is kept: a receiver records one channel datagram after datagram. */
    private ChannelState state(Channel channel) {
        ChannelState last = lastState;
        if (last != null && lastChannel == channel) {
            return last;
        }
        ChannelState state = channels.computeIfAbsent(channel, c -> new ChannelState(limits.maxForeignSources()));
        lastChannel = channel;
        lastState = state;
        return state;
    }

    private Channel lastChannel;
    private ChannelState lastState;

    private static final class ChannelState {
        private final Map<Long, SenderStats> senders = new LinkedHashMap<>();
        private final ForeignTraffic foreign;
        private final ReceptionMatrix matrix = new ReceptionMatrix();
        /** Our receiver's id in reports: random per channel and run, like a sender id. */
        private final long reporterId = ProbeStream.newSenderId();

        private Map<Long, String> senderNames() {
            Map<Long, String> names = new LinkedHashMap<>();
            senders.values().forEach(s -> names.put(s.senderId(), s.hostName()));
            return names;
        }

        private ChannelState(int maxForeignSources) {
            foreign = new ForeignTraffic(maxForeignSources);
        }
    }
}
