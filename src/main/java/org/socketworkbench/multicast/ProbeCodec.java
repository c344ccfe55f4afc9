package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes and reads the probe format, version 1 (byte layout in the README, "The probe format"): big-endian
 * fixed header of {@value #FIXED_HEADER} bytes, the host name, then zero padding up to the
 * requested datagram size. Stateless and thread-safe.
 */
public final class ProbeCodec {

    /** The magic {@code "SWPR"} as a big-endian int. */
    public static final int MAGIC = 0x5357_5052;
    /** The version this build writes and reads. */
    public static final int VERSION = 1;
    /** Bytes before the host name; also the smallest possible probe (empty host name). */
    public static final int FIXED_HEADER = 58;
    /** Offsets of the fields a sender changes from probe to probe. */
    static final int FLAGS_OFFSET = 5;
    static final int SEQUENCE_OFFSET = 16;
    static final int SEND_TIME_OFFSET = 24;
    /** Where the target's family, port and address start: the bytes {@link RecentFields} compares. */
    static final int FAMILY_OFFSET = 33;
    static final int TARGET_OFFSET = 36;

    private static final int FAMILY_IPV4 = 4;
    private static final int FAMILY_IPV6 = 6;
    private static final int TARGET_ADDRESS_BYTES = 16;

    private ProbeCodec() {
    }

    /** The size of the header for a host name: the smallest datagram that carries it. */
    public static int headerSize(String hostName) {
        return FIXED_HEADER + hostName.getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Encodes a probe, padded with zeros to {@code totalSize} bytes. When the header needs more
     * than {@code totalSize}, the datagram is exactly the header (a probe is never cut short).
     */
    public static byte[] encode(ProbePacket packet, int totalSize) {
        byte[] name = packet.hostName().getBytes(StandardCharsets.UTF_8);
        int header = FIXED_HEADER + name.length;
        ByteBuffer out = ByteBuffer.allocate(Math.max(header, totalSize));
        out.putInt(MAGIC);
        out.put((byte) VERSION);
        out.put((byte) packet.flags());
        out.putShort((short) header);
        out.putLong(packet.senderId());
        out.putLong(packet.sequence());
        out.putLong(packet.sendTimeNanos());
        out.put((byte) packet.ttl());
        InetAddress target = packet.target().getAddress();
        out.put((byte) (target instanceof Inet4Address ? FAMILY_IPV4 : FAMILY_IPV6));
        out.putShort((short) packet.target().getPort());
        byte[] address = target.getAddress();
        out.put(address);
        out.position(out.position() + TARGET_ADDRESS_BYTES - address.length);
        out.putInt((int) packet.rateMilli());
        out.putShort((short) name.length);
        out.put(name);
        return out.array();
    }

    /** Decodes a datagram. Never throws: anything that is not a valid probe is {@link ProbeDecoding.Rejected}. */
    public static ProbeDecoding decode(byte[] datagram) {
        return decode(datagram, null);
    }

    /**
     * As {@link #decode(byte[])}, reusing the host name and target of the previous probe that
     * {@code recent} saw when this one carries the same bytes: a sender's probes differ only in
     * flags, sequence and send time, and at hundreds of thousands per second the UTF-8 check and
     * the address objects were most of the receiver's decoding work. {@code recent} may be null.
     */
    public static ProbeDecoding decode(byte[] datagram, RecentFields recent) {
        ByteBuffer in = ByteBuffer.wrap(datagram);
        if (datagram.length == 0) {
            return reject(ProbeRejection.NO_MAGIC, Texts.get("multicast.reject.empty"));
        }
        if (datagram.length < 4 || in.getInt() != MAGIC) {
            return reject(ProbeRejection.NO_MAGIC, Texts.get("multicast.reject.noMagic", datagram.length));
        }
        if (datagram.length < 5) {
            return tooShort(datagram.length);
        }
        int version = in.get() & 0xFF;
        if (version != VERSION) {
            return reject(ProbeRejection.UNSUPPORTED_VERSION,
                    Texts.get("multicast.reject.version", version, VERSION));
        }
        if (datagram.length < FIXED_HEADER) {
            return tooShort(datagram.length);
        }
        int flags = in.get() & 0xFF;
        int header = in.getShort() & 0xFFFF;
        long senderId = in.getLong();
        long sequence = in.getLong();
        long sendTime = in.getLong();
        int ttl = in.get() & 0xFF;
        int family = in.get() & 0xFF;
        int port = in.getShort() & 0xFFFF;
        in.position(in.position() + TARGET_ADDRESS_BYTES);
        long rate = in.getInt() & 0xFFFF_FFFFL;
        int nameLength = in.getShort() & 0xFFFF;
        if (nameLength > ProbePacket.MAX_HOST_NAME_BYTES) {
            return reject(ProbeRejection.BAD_HOST_NAME, Texts.get("multicast.reject.nameLength", nameLength,
                    ProbePacket.MAX_HOST_NAME_BYTES));
        }
        if (header < FIXED_HEADER + nameLength) {
            return reject(ProbeRejection.BAD_HEADER_LENGTH, Texts.get("multicast.reject.headerShort", header,
                    FIXED_HEADER + nameLength));
        }
        if (header > datagram.length) {
            return reject(ProbeRejection.TRUNCATED, Texts.get("multicast.reject.headerLong", header,
                    datagram.length));
        }
        if (sequence < 0) {
            return reject(ProbeRejection.BAD_SEQUENCE, Texts.get("multicast.reject.sequence",
                    Long.toUnsignedString(sequence)));
        }
        RecentFields.Fields same = recent == null ? null : recent.matching(datagram, nameLength);
        if (same != null) {
            return new ProbeDecoding.Probe(new ProbePacket(flags, senderId, sequence, sendTime, ttl, same.target(), rate,
                    same.hostName()));
        }
        InetAddress target = targetAddress(family, Arrays.copyOfRange(datagram, TARGET_OFFSET,
                TARGET_OFFSET + TARGET_ADDRESS_BYTES));
        if (target == null) {
            return reject(ProbeRejection.BAD_TARGET, Texts.get("multicast.reject.family", family));
        }
        String hostName;
        try {
            hostName = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(datagram, FIXED_HEADER, nameLength))
                    .toString();
        } catch (CharacterCodingException e) {
            return reject(ProbeRejection.BAD_HOST_NAME, Texts.get("multicast.reject.nameUtf8"));
        }
        InetSocketAddress targetAddress = new InetSocketAddress(target, port);
        if (recent != null) {
            recent.remember(datagram, nameLength, targetAddress, hostName);
        }
        return new ProbeDecoding.Probe(new ProbePacket(flags, senderId, sequence, sendTime, ttl, targetAddress, rate,
                hostName));
    }

    private static InetAddress targetAddress(int family, byte[] address) {
        int length = switch (family) {
            case FAMILY_IPV4 -> 4;
            case FAMILY_IPV6 -> TARGET_ADDRESS_BYTES;
            default -> 0;
        };
        if (length == 0) {
            return null;
        }
        try {
            return InetAddress.getByAddress(Arrays.copyOf(address, length));
        } catch (UnknownHostException e) {
            throw new AssertionError("a 4- or 16-byte address is always accepted", e); // i18n-ok: programmer error
        }
    }

    private static ProbeDecoding tooShort(int length) {
        return reject(ProbeRejection.TRUNCATED, Texts.get("multicast.reject.tooShort", length, FIXED_HEADER));
    }

    private static ProbeDecoding reject(ProbeRejection reason, String detail) {
        return new ProbeDecoding.Rejected(reason, detail);
    }
}
