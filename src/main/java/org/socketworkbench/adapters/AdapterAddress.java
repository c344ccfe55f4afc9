package org.socketworkbench.adapters;

/**
 * One address of a network adapter, in numeric form (IPv6 compressed, no brackets, no zone).
 *
 * @param address      the numeric address
 * @param prefixLength network prefix length in bits
 */
public record AdapterAddress(String address, int prefixLength) {

    /** {@code address/prefix}, as {@code ip addr} prints it. */
    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
