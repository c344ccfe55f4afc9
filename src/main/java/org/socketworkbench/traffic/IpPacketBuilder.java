package org.socketworkbench.traffic;

import java.nio.ByteBuffer;

/**
 * Builds raw IPv4 or IPv6 packets carrying one TCP segment or UDP datagram, with correct length
 * fields and checksums, as a {@code LINKTYPE_RAW} capture expects them.
 */
final class IpPacketBuilder {

    static final int PROTOCOL_TCP = 6;
    static final int PROTOCOL_UDP = 17;
    static final int IPV4_HEADER = 20;
    static final int IPV6_HEADER = 40;
    static final int TCP_HEADER = 20;
    static final int UDP_HEADER = 8;
    /** The most an IP packet's 16-bit length fields allow. */
    static final int MAX_IP_LENGTH = 65_535;

    private static final int TCP_FLAGS_PSH_ACK = 0x18;
    private static final int TTL = 64;

    private int identification;

    /** The most payload bytes one packet with these headers can carry. */
    static int maxPayload(IpEndpoints endpoints, int protocol) {
        int l4Header = protocol == PROTOCOL_TCP ? TCP_HEADER : UDP_HEADER;
        return endpoints.isIpv6() ? MAX_IP_LENGTH - l4Header : MAX_IP_LENGTH - IPV4_HEADER - l4Header;
    }

    byte[] tcp(IpEndpoints endpoints, long sequence, long acknowledgement, byte[] payload, int offset, int length) {
        ByteBuffer segment = ByteBuffer.allocate(TCP_HEADER + length);
        segment.putShort((short) endpoints.sourcePort())
                .putShort((short) endpoints.destinationPort())
                .putInt((int) sequence)
                .putInt((int) acknowledgement)
                .put((byte) ((TCP_HEADER / 4) << 4))
                .put((byte) TCP_FLAGS_PSH_ACK)
                .putShort((short) 0xffff)
                .putShort((short) 0)
                .putShort((short) 0)
                .put(payload, offset, length);
        return ipPacket(endpoints, PROTOCOL_TCP, segment.array(), 16);
    }

    byte[] udp(IpEndpoints endpoints, byte[] payload, int offset, int length) {
        ByteBuffer datagram = ByteBuffer.allocate(UDP_HEADER + length);
        datagram.putShort((short) endpoints.sourcePort())
                .putShort((short) endpoints.destinationPort())
                .putShort((short) (UDP_HEADER + length))
                .putShort((short) 0)
                .put(payload, offset, length);
        return ipPacket(endpoints, PROTOCOL_UDP, datagram.array(), 6);
    }

    /** Fills in the transport checksum at {@code checksumOffset} and puts the IP header in front. */
    private byte[] ipPacket(IpEndpoints endpoints, int protocol, byte[] transport, int checksumOffset) {
        int checksum = new InternetChecksum()
                .add(endpoints.source(), 0, endpoints.source().length)
                .add(endpoints.destination(), 0, endpoints.destination().length)
                .addInt(transport.length)
                .addInt(protocol)
                .add(transport, 0, transport.length)
                .value();
        if (protocol == PROTOCOL_UDP && checksum == 0) {
            checksum = 0xffff;
        }
        transport[checksumOffset] = (byte) (checksum >>> 8);
        transport[checksumOffset + 1] = (byte) checksum;
        return endpoints.isIpv6() ? ipv6(endpoints, protocol, transport) : ipv4(endpoints, protocol, transport);
    }

    private byte[] ipv4(IpEndpoints endpoints, int protocol, byte[] transport) {
        ByteBuffer packet = ByteBuffer.allocate(IPV4_HEADER + transport.length);
        packet.put((byte) 0x45)
                .put((byte) 0)
                .putShort((short) (IPV4_HEADER + transport.length))
                .putShort((short) identification++)
                .putShort((short) 0x4000)
                .put((byte) TTL)
                .put((byte) protocol)
                .putShort((short) 0)
                .put(endpoints.source())
                .put(endpoints.destination());
        int checksum = new InternetChecksum().add(packet.array(), 0, IPV4_HEADER).value();
        packet.putShort(10, (short) checksum);
        return packet.put(transport).array();
    }

    private static byte[] ipv6(IpEndpoints endpoints, int protocol, byte[] transport) {
        return ByteBuffer.allocate(IPV6_HEADER + transport.length)
                .putInt(0x6000_0000)
                .putShort((short) transport.length)
                .put((byte) protocol)
                .put((byte) TTL)
                .put(endpoints.source())
                .put(endpoints.destination())
                .put(transport)
                .array();
    }
}
