package org.socketworkbench.traffic;

/** The 16-bit ones'-complement checksum of IPv4, TCP and UDP (RFC 1071). */
final class InternetChecksum {

    private long sum;

    /** Adds {@code length} bytes of {@code data} from {@code offset}, as big-endian 16-bit words. */
    InternetChecksum add(byte[] data, int offset, int length) {
        int end = offset + length;
        int i = offset;
        for (; i + 1 < end; i += 2) {
            sum += (data[i] & 0xff) << 8 | data[i + 1] & 0xff;
        }
        if (i < end) {
            sum += (data[i] & 0xff) << 8;
        }
        return this;
    }

    /** Adds a 32-bit value as two words. */
    InternetChecksum addInt(int value) {
        sum += (value >>> 16) + (value & 0xffff);
        return this;
    }

    /** The checksum to store in the header. */
    int value() {
        long folded = sum;
        while (folded >>> 16 != 0) {
            folded = (folded & 0xffff) + (folded >>> 16);
        }
        return (int) (~folded & 0xffff);
    }
}
