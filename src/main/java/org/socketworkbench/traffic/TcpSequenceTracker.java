package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Synthesizes TCP sequence and acknowledgement numbers for an export, so that Wireshark's TCP
 * analysis reads each connection as one clean stream: every direction starts at an initial
 * sequence number and advances by the payload length, and the acknowledgement is the other
 * direction's next sequence number as far as the file has shown it.
 *
 * <p>When both ends of a connection are in the export ({@link TcpPeers}), the writer keeps only
 * what each end read, so every byte appears once; a direction's bytes are then counted on the
 * socket that read them, and the acknowledgement counts what the partner read. The initial
 * sequence number depends on the addresses and ports (in the direction of travel) and on the
 * socket's instance among sockets with the same ones, so both ends of a connection number the
 * same bytes alike and a later socket that reuses the same addresses and ports gets different
 * initial numbers.
 */
final class TcpSequenceTracker {

    private final TcpPeers peers;
    private final Map<Long, Long> bytesSent = new HashMap<>();

    TcpSequenceTracker(TcpPeers peers) {
        this.peers = peers;
    }

    /** The sequence number (first byte) and acknowledgement for {@code length} bytes; then advances. */
    long[] next(CapturedPayload payload, IpEndpoints endpoints, int length) {
        int instance = peers.instanceOf(payload.socketId());
        long sent = advance(payload.socketId(), payload.direction(), length);
        int partner = peers.partnerOf(payload.socketId());
        long received = bytesSent.getOrDefault(partner >= 0 ? key(partner, Direction.IN)
                : key(payload.socketId(), opposite(payload.direction())), 0L);
        long sequence = initialSequence(endpoints.source(), endpoints.sourcePort(), endpoints.destination(),
                endpoints.destinationPort(), instance) + sent;
        long acknowledgement = initialSequence(endpoints.destination(), endpoints.destinationPort(), endpoints.source(),
                endpoints.sourcePort(), instance) + received;
        return new long[] {sequence & 0xffff_ffffL, acknowledgement & 0xffff_ffffL};
    }

    /** Returns the bytes sent before these and counts these. */
    private long advance(int socketId, Direction direction, int length) {
        long before = bytesSent.getOrDefault(key(socketId, direction), 0L);
        bytesSent.put(key(socketId, direction), before + length);
        return before;
    }

    private static long key(int socketId, Direction direction) {
        return (long) socketId << 1 | direction.ordinal();
    }

    private static Direction opposite(Direction direction) {
        return direction == Direction.IN ? Direction.OUT : Direction.IN;
    }

    private static long initialSequence(byte[] from, int fromPort, byte[] to, int toPort, int instance) {
        int hash = 31 * (31 * (31 * (31 * Arrays.hashCode(from) + fromPort) + Arrays.hashCode(to)) + toPort) + instance;
        return (hash * 0x9E3779B9L) & 0xffff_ffffL;
    }
}
