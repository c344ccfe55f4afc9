package org.socketworkbench.adapters;

/**
 * One address of a network adapter, in numeric form (IPv6 compressed, no brackets, no zone).
 *
 * @param address      the numeric address
 * @param prefixLength network prefix length in bits
 */
public record AdapterAddress(String address, int prefixLength) {

    /**
     * The IPv4 directed broadcast address of this address's network (all host bits set), e.g.
     * 192.168.1.255 for 192.168.1.7/24; empty for IPv6 (which has no broadcast) and for /31 and
     * /32 networks (RFC 3021: no broadcast there).
     */
    public java.util.Optional<String> broadcastAddress() {
        String[] parts = address.split("\\.");
        if (parts.length != 4 || prefixLength < 0 || prefixLength > 30) {
            return java.util.Optional.empty();
        }
        long value = 0;
        for (String part : parts) {
            value = value << 8 | Integer.parseInt(part);
        }
        long hostBits = (1L << (32 - prefixLength)) - 1;
        long broadcast = value | hostBits;
        return java.util.Optional.of((broadcast >> 24 & 255) + "." + (broadcast >> 16 & 255) + "."
                + (broadcast >> 8 & 255) + "." + (broadcast & 255));
    }

    /** {@code address/prefix}, as {@code ip addr} prints it. */
    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
