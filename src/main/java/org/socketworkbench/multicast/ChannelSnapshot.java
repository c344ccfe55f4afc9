package org.socketworkbench.multicast;

import java.util.List;

/**
 * One channel of a roster snapshot.
 *
 * @param channel the group and adapter
 * @param senders its senders, in order of first appearance (empty: joined, nothing received yet)
 * @param foreign its non-probe traffic
 */
public record ChannelSnapshot(Channel channel, List<SenderSnapshot> senders, ForeignSnapshot foreign) {

    public ChannelSnapshot {
        senders = List.copyOf(senders);
    }
}
