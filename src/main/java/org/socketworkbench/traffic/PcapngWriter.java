package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes captured payloads as a pcapng file that Wireshark and tshark open.
 *
 * <p>A socket-level capture has no link or IP headers, so each payload is wrapped in a
 * synthesized IPv4 or IPv6 packet (link type RAW, 101) with a TCP or UDP header: addresses and
 * ports are the socket's (source = local for OUT, peer for IN), lengths and checksums are correct,
 * and TCP sequence numbers advance by the payload length per socket and direction (see
 * {@link TcpSequenceTracker}). Each socket gets its own interface ("socket 3 tcp"), with
 * nanosecond timestamps. Every packet carries a comment naming the capture's payload number;
 * TLS plaintext is marked as such.
 *
 * <p>When both ends of a TCP connection are in the export (the workbench's client talking to its
 * own server, or to its own relay: {@link TcpPeers}), each byte was captured twice, once written
 * and once read. The file keeps the reads only (on the reading socket's interface, in the order
 * they happened, so an answer never precedes the request it answers), so Wireshark follows each
 * connection as one stream without retransmissions; bytes written that the other end never read
 * are not in the file.
 *
 * <p>A payload too large for one IP packet (over 65,495 bytes for TCP over IPv4) is split into
 * consecutive segments, as TCP would. A UDP datagram cannot be that large on a real network (at
 * most 65,507 bytes over IPv4, 65,527 over IPv6); should the capture hold one anyway it is split
 * into several datagrams with the same timestamp, each commented "part i of n", so no byte is lost.
 */
public final class PcapngWriter {

    static final String APPLICATION = "Socket Workbench"; // i18n-ok: the app's name in the file, read by tools

    private final PcapngBlockWriter blocks;
    private final IpPacketBuilder packets = new IpPacketBuilder();
    private final TcpPeers peers;
    private final TcpSequenceTracker tcp;
    private final Map<Integer, Integer> interfaceOfSocket = new HashMap<>();
    /** Parsed addresses per flow (payloads share flow objects, so this is looked up by identity). */
    private final Map<TrafficFlow, IpEndpoints> endpointsOfFlow = new IdentityHashMap<>();

    private PcapngWriter(OutputStream out, TcpPeers peers) {
        this.blocks = new PcapngBlockWriter(out);
        this.peers = peers;
        this.tcp = new TcpSequenceTracker(peers);
    }

    /**
     * Writes one section holding the payloads, in the order given (iterated twice: first to find
     * the connections whose both ends are in it). Does not close the stream.
     */
    public static void write(Iterable<CapturedPayload> payloads, OutputStream out) throws IOException {
        PcapngWriter writer = new PcapngWriter(out, new TcpPeers(payloads));
        writer.blocks.sectionHeader(APPLICATION);
        for (CapturedPayload payload : payloads) {
            if (!writer.readByItsPartner(payload)) {
                writer.writePayload(payload);
            }
        }
        out.flush();
    }

    /** A TCP write whose bytes the other end's read shows (that read is written instead). */
    private boolean readByItsPartner(CapturedPayload payload) {
        return payload.kind() == SocketKind.TCP && payload.direction() == Direction.OUT
                && peers.partnerOf(payload.socketId()) >= 0;
    }

    private void writePayload(CapturedPayload payload) throws IOException {
        int interfaceId = interfaceFor(payload.flow());
        TrafficFlow flow = payload.flow();
        IpEndpoints endpoints = endpointsOfFlow.computeIfAbsent(flow, PcapngWriter::endpoints);
        boolean isTcp = flow.kind() == SocketKind.TCP;
        byte[] bytes = payload.data();
        int size = payload.length();
        int maxPart = IpPacketBuilder.maxPayload(endpoints, isTcp ? IpPacketBuilder.PROTOCOL_TCP : IpPacketBuilder.PROTOCOL_UDP);
        int parts = Math.max(1, (size + maxPart - 1) / maxPart);
        for (int part = 0; part < parts; part++) {
            int offset = payload.offset() + part * maxPart;
            int length = Math.min(maxPart, size - part * maxPart);
            byte[] packet;
            if (isTcp) {
                long[] numbers = tcp.next(payload, endpoints, length);
                packet = packets.tcp(endpoints, numbers[0], numbers[1], bytes, offset, length);
            } else {
                packet = packets.udp(endpoints, bytes, offset, length);
            }
            blocks.enhancedPacket(interfaceId, payload.timestampNanos(), packet, comment(payload, part, parts));
        }
    }

    /** Source and destination of the flow's packets: local to peer for OUT, peer to local for IN. */
    private static IpEndpoints endpoints(TrafficFlow flow) {
        return flow.direction() == Direction.OUT
                ? IpEndpoints.of(flow.localAddress(), flow.localPort(), flow.peerAddress(), flow.peerPort())
                : IpEndpoints.of(flow.peerAddress(), flow.peerPort(), flow.localAddress(), flow.localPort());
    }

    private int interfaceFor(TrafficFlow flow) throws IOException {
        Integer known = interfaceOfSocket.get(flow.socketId());
        if (known != null) {
            return known;
        }
        int id = interfaceOfSocket.size();
        interfaceOfSocket.put(flow.socketId(), id);
        blocks.interfaceDescription("socket " + flow.socketId() + " " + flow.kind().chromeName(),
                APPLICATION + " socket " + flow.socketId() + " (" + flow.kind().chromeName()
                        + ", local " + flow.localEndpoint() + ")");
        return id;
    }

    private static String comment(CapturedPayload payload, int part, int parts) {
        StringBuilder comment = new StringBuilder("payload #").append(payload.sequence());
        if (parts > 1) {
            comment.append(", part ").append(part + 1).append(" of ").append(parts)
                    .append(" (").append(payload.length()).append(" bytes in all)"); // i18n-ok: the file's comments are read by tools (Wireshark), not translated
        }
        if (payload.flow().secured()) {
            comment.append(", TLS plaintext"); // i18n-ok: as above
        }
        return comment.toString();
    }
}
