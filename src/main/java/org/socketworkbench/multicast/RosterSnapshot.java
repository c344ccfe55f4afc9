package org.socketworkbench.multicast;

import java.util.List;

/**
 * An immutable copy of a {@link Roster}, safe to hand to any thread.
 *
 * @param takenAtNanos when it was taken (probe clock); "last seen" ages are relative to it
 * @param channels     every watched or receiving channel, in order of first appearance
 */
public record RosterSnapshot(long takenAtNanos, List<ChannelSnapshot> channels) {

    public RosterSnapshot {
        channels = List.copyOf(channels);
    }

    /** Every sender of every channel. */
    public List<SenderSnapshot> senders() {
        return channels.stream().flatMap(c -> c.senders().stream()).toList();
    }
}
