package org.socketworkbench.multicast;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The multicast workspace frozen for display: groups, joins, senders and the roster.
 *
 * @param groups      in the order they were added
 * @param memberships every cell that is joining, joined or failed (a cell not listed is not joined)
 * @param senders     every group's sender, running or last run
 * @param roster      what arrived
 * @param hints       for each joined channel that has received no probe for a while, why that
 *                    may be ({@link SilenceHints}); channels that receive are not listed
 */
public record WorkspaceSnapshot(List<GroupSettings> groups, List<MembershipState> memberships,
                                List<SenderState> senders, RosterSnapshot roster, Map<Channel, List<String>> hints) {

    public WorkspaceSnapshot {
        groups = List.copyOf(groups);
        memberships = List.copyOf(memberships);
        senders = List.copyOf(senders);
        hints = Map.copyOf(hints);
    }

    /** The cell of a group on an adapter, if it is joining, joined or failed. */
    public Optional<MembershipState> membership(Channel channel) {
        return memberships.stream().filter(m -> m.channel().equals(channel)).findFirst();
    }

    /** The group's sender, if it was ever started. */
    public Optional<SenderState> sender(GroupAddress group) {
        return senders.stream().filter(s -> s.group().equals(group)).findFirst();
    }
}
