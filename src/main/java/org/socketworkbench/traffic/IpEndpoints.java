package org.socketworkbench.traffic;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Source and destination of a synthesized packet, both IPv4 (4 bytes each) or both IPv6 (16). An
 * IPv4 address next to an IPv6 one becomes {@code ::ffff:a.b.c.d}; a missing or unparseable
 * address becomes the unspecified address of the other side's family.
 */
record IpEndpoints(byte[] source, int sourcePort, byte[] destination, int destinationPort) {

    boolean isIpv6() {
        return source.length == 16;
    }

    /** The source and destination of a payload that went from {@code from} to {@code to}. */
    static IpEndpoints of(String from, int fromPort, String to, int toPort) {
        byte[] source = parse(from);
        byte[] destination = parse(to);
        if (source == null && destination == null) {
            source = new byte[4];
            destination = new byte[4];
        } else if (source == null) {
            source = new byte[destination.length];
        } else if (destination == null) {
            destination = new byte[source.length];
        } else if (source.length != destination.length) {
            source = toIpv6(source);
            destination = toIpv6(destination);
        }
        return new IpEndpoints(source, fromPort & 0xffff, destination, toPort & 0xffff);
    }

    /** The numeric address's bytes, or null when the text is not a numeric IP address. */
    private static byte[] parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        int zone = text.indexOf('%');
        try {
            InetAddress address = InetAddress.ofLiteral(zone < 0 ? text : text.substring(0, zone));
            if (address instanceof Inet6Address v6 && isIpv4Mapped(v6.getAddress())) {
                return java.util.Arrays.copyOfRange(v6.getAddress(), 12, 16);
            }
            return address instanceof Inet4Address || address instanceof Inet6Address ? address.getAddress() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isIpv4Mapped(byte[] address) {
        for (int i = 0; i < 10; i++) {
            if (address[i] != 0) {
                return false;
            }
        }
        return address[10] == (byte) 0xff && address[11] == (byte) 0xff;
    }

    private static byte[] toIpv6(byte[] address) {
        if (address.length == 16) {
            return address;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(address, 0, mapped, 12, 4);
        return mapped;
    }
}
