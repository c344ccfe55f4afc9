package org.socketworkbench.multicast;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * One roster row, frozen for display.
 *
 * @param channel        where the probes arrived (group and adapter)
 * @param senderId       the sender run's random id
 * @param hostName       the host name in its latest probe
 * @param sourceAddress  the source address of its latest probe
 * @param sourcePort     the source port of its latest probe
 * @param target         the group and port the sender says it sent to
 * @param ttl            the TTL the sender says it sent with (the received TTL is not readable from Java)
 * @param announcedRate  the rate the sender announced, or empty when it is not paced
 * @param ended          whether its latest progress was a final ({@link ProbePacket#FLAG_LAST}) probe
 * @param firstSeenNanos when its first probe arrived (probe clock)
 * @param lastSeenNanos  when its latest probe arrived
 * @param counts         packets, loss, gaps, duplicates, ...
 * @param rate           packets/s and bytes/s over the sliding window
 * @param latency        one-way latency, present only when the sender shares our clock ({@link ClockDomain})
 * @param timeline       the timeline strip, oldest slot first
 * @param rateHistory    the rate chart, oldest point first
 */
public record SenderSnapshot(Channel channel, long senderId, String hostName, String sourceAddress, int sourcePort,
                             InetSocketAddress target, int ttl, Optional<ProbeRate> announcedRate, boolean ended,
                             long firstSeenNanos, long lastSeenNanos, SequenceCounts counts, Throughput rate,
                             Optional<LatencySnapshot> latency, List<SlotState> timeline,
                             List<RateSample> rateHistory) {

    public SenderSnapshot {
        timeline = List.copyOf(timeline);
        rateHistory = List.copyOf(rateHistory);
    }

    /**
     * Whether the sender aimed at another group than the channel's: Linux delivers every joined
     * group to a socket bound to the wildcard address, so probes of another group leak in.
     */
    public boolean targetMismatch() {
        return !channel.group().matches(target);
    }

    /** The sender id as 16 hex digits. */
    public String senderIdHex() {
        return String.format("%016x", senderId);
    }
}
