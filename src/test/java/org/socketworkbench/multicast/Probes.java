package org.socketworkbench.multicast;

import java.net.InetSocketAddress;

/** Builds probes for tests. */
final class Probes {

    static final GroupAddress GROUP = GroupAddress.parse("239.1.2.3:5000");
    static final Channel CHANNEL = new Channel(GROUP, "lo");
    static final InetSocketAddress TARGET = GROUP.toSocketAddress();

    private Probes() {
    }

    /** A probe of a 100/s sender sent at {@code sendTime}. */
    static ProbePacket probe(long senderId, long sequence, long sendTime) {
        return new ProbePacket(0, senderId, sequence, sendTime, 0, TARGET, 100_000, "alpha");
    }

    static byte[] bytes(long senderId, long sequence) {
        return ProbeCodec.encode(probe(senderId, sequence, 0), 100);
    }
}
