package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Synthesizes TCP sequence and acknowledgement numbers for an export, so that Wireshark's TCP
 * analysis reads each socket's stream as clean: every direction starts at an initial sequence
 * number and advances by the payload length, and the acknowledgement is the other direction's
 * next sequence number.
 *
 * <p>The initial sequence number depends on the addresses and ports (in the direction of
 * travel), so the two ends of a loopback connection captured in the same file (a client socket
 * and the socket its server accepted) number the same bytes alike: Wireshark then sees each byte
 * twice at the same sequence number, once per socket, and marks the second sighting as a
 * retransmission rather than inventing gaps. A later socket that reuses the same addresses and
 * ports gets different initial numbers.
 */
final class TcpSequenceTracker {

    /** The oriented endpoints of a socket: which socket of that orientation it is decides its ISNs. */
    private record Orientation(String local, int localPort, String peer, int peerPort) {
    }

    private final Map<Integer, Integer> instanceOfSocket = new HashMap<>();
    private final Map<Orientation, Integer> socketsPerOrientation = new HashMap<>();
    private final Map<Long, Long> bytesSent = new HashMap<>();

    /** The sequence number (first byte) and acknowledgement for {@code length} bytes; then advances. */
    long[] next(CapturedPayload payload, IpEndpoints endpoints, int length) {
        int instance = instanceOf(payload.flow());
        long sent = advance(payload.socketId(), payload.direction(), length);
        long received = bytesSent.getOrDefault(key(payload.socketId(), opposite(payload.direction())), 0L);
        long sequence = initialSequence(endpoints.source(), endpoints.sourcePort(), endpoints.destination(),
                endpoints.destinationPort(), instance) + sent;
        long acknowledgement = initialSequence(endpoints.destination(), endpoints.destinationPort(), endpoints.source(),
                endpoints.sourcePort(), instance) + received;
        return new long[] {sequence & 0xffff_ffffL, acknowledgement & 0xffff_ffffL};
    }

    private int instanceOf(TrafficFlow flow) {
        return instanceOfSocket.computeIfAbsent(flow.socketId(), id -> {
            Orientation orientation = new Orientation(flow.localAddress(), flow.localPort(), flow.peerAddress(), flow.peerPort());
            return socketsPerOrientation.merge(orientation, 1, Integer::sum) - 1;
        });
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
