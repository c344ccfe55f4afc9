package org.socketworkbench.multicast;

import java.net.InetSocketAddress;
import java.util.Arrays;

/**
 * The host name and target of the latest probe one receiver decoded, with the bytes they were
 * read from (target family, port and address, rate field skipped, then the host name), so that
 * {@link ProbeCodec#decode(byte[], RecentFields)} reuses them for the next probe that carries
 * the same bytes. Thread-safe: an immutable snapshot behind a volatile field, last writer wins.
 */
public final class RecentFields {

    /** Family and port (3 bytes) and the 16-byte address. */
    private static final int TARGET_BYTES = 3 + 16;

    record Fields(byte[] targetBytes, byte[] nameBytes, InetSocketAddress target, String hostName) {
    }

    private volatile Fields last;

    /** The remembered fields when {@code datagram} carries the same target and host name, else null. */
    Fields matching(byte[] datagram, int nameLength) {
        Fields fields = last;
        if (fields == null || fields.nameBytes.length != nameLength) {
            return null;
        }
        int family = ProbeCodec.FAMILY_OFFSET;
        int name = ProbeCodec.FIXED_HEADER;
        boolean same = Arrays.equals(datagram, family, family + TARGET_BYTES, fields.targetBytes, 0, TARGET_BYTES)
                && Arrays.equals(datagram, name, name + nameLength, fields.nameBytes, 0, nameLength);
        return same ? fields : null;
    }

    void remember(byte[] datagram, int nameLength, InetSocketAddress target, String hostName) {
        int family = ProbeCodec.FAMILY_OFFSET;
        int name = ProbeCodec.FIXED_HEADER;
        last = new Fields(Arrays.copyOfRange(datagram, family, family + TARGET_BYTES),
                Arrays.copyOfRange(datagram, name, name + nameLength), target, hostName);
    }
}
