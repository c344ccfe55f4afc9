package org.socketworkbench.traffic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Writes pcapng blocks (little-endian): the Section Header Block, Interface Description Blocks
 * and Enhanced Packet Blocks, with the few options we use. Format: IETF draft-ietf-opsawg-pcapng.
 */
final class PcapngBlockWriter {

    static final int LINKTYPE_RAW = 101;

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int ENHANCED_PACKET = 6;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final short OPT_END = 0;
    private static final short OPT_COMMENT = 1;
    private static final short SHB_USER_APPLICATION = 4;
    private static final short IF_NAME = 2;
    private static final short IF_DESCRIPTION = 3;
    private static final short IF_TSRESOL = 9;
    /** Timestamps in nanoseconds (10^-9 s). */
    private static final byte NANOSECONDS = 9;

    private final OutputStream out;
    private ByteBuffer block = newBuffer(4096);

    PcapngBlockWriter(OutputStream out) {
        this.out = out;
    }

    void sectionHeader(String application) throws IOException {
        begin(SECTION_HEADER, 64 + 3 * application.length());
        block.putInt(BYTE_ORDER_MAGIC).putShort((short) 1).putShort((short) 0).putLong(-1L);
        stringOption(SHB_USER_APPLICATION, application);
        end();
    }

    void interfaceDescription(String name, String description) throws IOException {
        begin(INTERFACE_DESCRIPTION, 64 + 3 * (name.length() + description.length()));
        block.putShort((short) LINKTYPE_RAW).putShort((short) 0).putInt(0);
        stringOption(IF_NAME, name);
        stringOption(IF_DESCRIPTION, description);
        option(IF_TSRESOL, new byte[] {NANOSECONDS});
        end();
    }

    void enhancedPacket(int interfaceId, long timestampNanos, byte[] packet, String comment) throws IOException {
        begin(ENHANCED_PACKET, packet.length + comment.length() * 3 + 64);
        block.putInt(interfaceId)
                .putInt((int) (timestampNanos >>> 32))
                .putInt((int) timestampNanos)
                .putInt(packet.length)
                .putInt(packet.length)
                .put(packet);
        pad();
        if (!comment.isEmpty()) {
            stringOption(OPT_COMMENT, comment);
        }
        end();
    }

    private void begin(int type, int capacity) {
        if (block.capacity() < capacity + 16) {
            block = newBuffer(capacity + 16);
        }
        block.clear();
        block.putInt(type).putInt(0);
    }

    /** Closes the option list, writes the total length at both ends and sends the block. */
    private void end() throws IOException {
        block.putShort(OPT_END).putShort((short) 0);
        int length = block.position() + 4;
        block.putInt(length);
        block.putInt(4, length);
        out.write(block.array(), 0, length);
    }

    private void stringOption(short code, String value) {
        option(code, value.getBytes(StandardCharsets.UTF_8));
    }

    private void option(short code, byte[] value) {
        block.putShort(code).putShort((short) value.length).put(value);
        pad();
    }

    private void pad() {
        while (block.position() % 4 != 0) {
            block.put((byte) 0);
        }
    }

    private static ByteBuffer newBuffer(int capacity) {
        return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }
}
