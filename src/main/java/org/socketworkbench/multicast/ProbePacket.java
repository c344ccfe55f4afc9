package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One probe: the header fields of the probe format (see the README, "The probe format"). Padding is not part of
 * the packet; {@link ProbeCodec#encode} adds it.
 *
 * @param flags         flag bits; {@link #FLAG_LAST} marks a sender's final probe, other bits
 *                      are reserved (senders write 0, receivers ignore them)
 * @param senderId      random per sender run, tells two senders on one host apart
 * @param sequence      0 for the first probe of a run, then +1 per probe; 0 to 2^63-1
 * @param sendTimeNanos when it was sent, in nanoseconds since 1970-01-01T00:00Z
 * @param ttl           the multicast TTL (IPv6: hop limit) the sender set, 0 to 255
 * @param target        the group and port the sender sent to
 * @param rateMilli     the sender's announced rate in packets per 1000 s, 0 when not paced
 * @param hostName      the sender's host name (or the name it was given), at most 255 UTF-8 bytes
 */
public record ProbePacket(int flags, long senderId, long sequence, long sendTimeNanos, int ttl,
                          InetSocketAddress target, long rateMilli, String hostName) {

    /** Flag bit 0: the sender stops after this probe. */
    public static final int FLAG_LAST = 1;
    /** Longest host name in UTF-8 bytes. */
    public static final int MAX_HOST_NAME_BYTES = 255;
    /** Largest value of the 32-bit rate field. */
    public static final long MAX_RATE_MILLI = 0xFFFF_FFFFL;

    public ProbePacket {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(hostName, "hostName");
        if (target.getAddress() == null) {
            throw new IllegalArgumentException("the target must be a numeric address, not " + target.getHostString()); // i18n-ok: programmer error
        }
        requireRange("flags", flags, 0, 255);
        requireRange("sequence", sequence, 0, Long.MAX_VALUE);
        requireRange("ttl", ttl, 0, 255);
        requireRange("rate", rateMilli, 0, MAX_RATE_MILLI);
        int nameBytes = hostName.getBytes(StandardCharsets.UTF_8).length;
        if (nameBytes > MAX_HOST_NAME_BYTES) {
            throw new IllegalArgumentException(Texts.get("multicast.hostName.tooLong", nameBytes, MAX_HOST_NAME_BYTES));
        }
    }

    /** Whether the sender marked this as its final probe. */
    public boolean last() {
        return (flags & FLAG_LAST) != 0;
    }

    private static void requireRange(String name, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " " + value + " is outside " + min + ".." + max); // i18n-ok: programmer error
        }
    }
}
