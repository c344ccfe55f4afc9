package org.socketworkbench.multicast;

import java.util.List;

/**
 * One channel of a roster snapshot.
 *
 * @param channel the group and adapter
 * @param senders its senders, in order of first appearance (empty: joined, nothing received yet)
 * @param foreign its non-probe traffic
 * @param matrix  the whole group's view from every host's receiver reports ({@link ReceptionMatrix})
 */
public record ChannelSnapshot(Channel channel, List<SenderSnapshot> senders, ForeignSnapshot foreign,
                              MatrixSnapshot matrix) {

    public ChannelSnapshot {
        senders = List.copyOf(senders);
    }
}
