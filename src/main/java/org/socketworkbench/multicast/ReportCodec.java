package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Writes and reads receiver reports, version 1 (src/docs/receiver-report-format.md): a
 * big-endian header of {@value #FIXED_HEADER} bytes plus the host name, then fixed-length
 * blocks (readers skip what a longer block adds), then extensions as type-length-value that
 * readers skip by length. Stateless and thread-safe.
 */
public final class ReportCodec {

    /** The magic {@code "SWRR"} as a big-endian int. */
    public static final int MAGIC = 0x5357_5252;
    public static final int VERSION = 1;
    /** Bytes before the host name. */
    public static final int FIXED_HEADER = 40;
    /** Bytes of a version-1 block. */
    public static final int BLOCK_LENGTH = 96;
    /** Blocks per datagram, so a report stays near 1,200 bytes plus the name (below any Ethernet MTU). */
    public static final int MAX_BLOCKS = 12;

    private static final long NONE = Long.MIN_VALUE;

    private ReportCodec() {
    }

    /** Whether a datagram starts with the report magic (so it is a report, readable or not, never a probe). */
    public static boolean isReport(byte[] datagram) {
        return datagram.length >= 4 && ByteBuffer.wrap(datagram).getInt() == MAGIC;
    }

    /** Encodes a report with at most {@link #MAX_BLOCKS} blocks. */
    public static byte[] encode(ReceiverReport report) {
        if (report.blocks().size() > MAX_BLOCKS) {
            throw new IllegalArgumentException(report.blocks().size() + " blocks, at most " + MAX_BLOCKS + " per datagram"); // i18n-ok: programmer error
        }
        byte[] name = report.hostName().getBytes(StandardCharsets.UTF_8);
        if (name.length > ProbePacket.MAX_HOST_NAME_BYTES) {
            throw new IllegalArgumentException("the host name is longer than " + ProbePacket.MAX_HOST_NAME_BYTES + " bytes"); // i18n-ok: programmer error
        }
        int header = FIXED_HEADER + name.length;
        ByteBuffer out = ByteBuffer.allocate(header + report.blocks().size() * BLOCK_LENGTH);
        out.putInt(MAGIC).put((byte) VERSION).put((byte) 0).putShort((short) header);
        out.putLong(report.reporterId()).putLong(report.localSenderId()).putLong(report.reportTime());
        out.putShort((short) report.blocks().size()).putShort((short) BLOCK_LENGTH);
        out.putShort((short) Math.min(report.intervalMillis(), 0xFFFF)).putShort((short) name.length).put(name);
        for (ReportBlock b : report.blocks()) {
            out.putLong(b.senderId()).putLong(b.packets()).putLong(b.expected()).putLong(b.received())
                    .putLong(b.lost()).putLong(b.duplicates()).putLong(b.reordered()).putLong(b.late())
                    .putLong(b.latencyMedian().orElse(NONE)).putLong(b.lastSendTime())
                    .putLong(b.delaySinceLast()).putLong(b.rtt().orElse(NONE));
        }
        return out.array();
    }

    /** Splits a report into datagrams of at most {@link #MAX_BLOCKS} blocks (one, when it hears nobody). */
    public static List<byte[]> encodeAll(ReceiverReport report) {
        List<byte[]> datagrams = new ArrayList<>();
        List<ReportBlock> blocks = report.blocks();
        int from = 0;
        do {
            List<ReportBlock> part = blocks.subList(from, Math.min(blocks.size(), from + MAX_BLOCKS));
            datagrams.add(encode(new ReceiverReport(report.reporterId(), report.localSenderId(), report.reportTime(),
                    report.intervalMillis(), report.hostName(), part)));
            from += MAX_BLOCKS;
        } while (from < blocks.size());
        return datagrams;
    }

    /** Decodes a datagram that {@link #isReport}. Never throws. */
    public static ReportDecoding decode(byte[] datagram) {
        if (!isReport(datagram)) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.noMagic"));
        }
        try {
            return read(ByteBuffer.wrap(datagram));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.cutShort", datagram.length));
        }
    }

    private static ReportDecoding read(ByteBuffer in) {
        in.getInt();
        int version = in.get() & 0xFF;
        if (version != VERSION) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.version", version, VERSION));
        }
        in.get();
        int header = in.getShort() & 0xFFFF;
        long reporterId = in.getLong();
        long localSenderId = in.getLong();
        long reportTime = in.getLong();
        int count = in.getShort() & 0xFFFF;
        int blockLength = in.getShort() & 0xFFFF;
        int interval = in.getShort() & 0xFFFF;
        int nameLength = in.getShort() & 0xFFFF;
        if (nameLength > ProbePacket.MAX_HOST_NAME_BYTES || header < FIXED_HEADER + nameLength) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.badHeader", header));
        }
        if (blockLength < BLOCK_LENGTH) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.blockLength", blockLength,
                    BLOCK_LENGTH));
        }
        byte[] name = new byte[nameLength];
        in.get(name);
        String hostName;
        try {
            hostName = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(name)).toString();
        } catch (CharacterCodingException e) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.nameUtf8"));
        }
        if ((long) header + (long) count * blockLength > in.limit()) {
            return new ReportDecoding.Rejected(Texts.get("multicast.report.blocksCutShort", count,
                    in.limit()));
        }
        List<ReportBlock> blocks = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int start = header + i * blockLength;
            in.position(start);
            blocks.add(new ReportBlock(in.getLong(), in.getLong(), in.getLong(), in.getLong(), in.getLong(),
                    in.getLong(), in.getLong(), in.getLong(), optional(in.getLong()), in.getLong(), in.getLong(),
                    optional(in.getLong())));
        }
        // Extensions (type u16, length u16, value) follow the blocks; version 1 defines none, so all are skipped.
        return new ReportDecoding.Report(new ReceiverReport(reporterId, localSenderId, reportTime, interval, hostName,
                blocks));
    }

    private static OptionalLong optional(long value) {
        return value == NONE ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
