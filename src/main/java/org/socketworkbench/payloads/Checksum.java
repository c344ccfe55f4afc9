package org.socketworkbench.payloads;

import java.util.zip.CRC32;

/**
 * The checksums a template can append over the bytes before it, as industrial and
 * serial-over-IP protocols need them. Each has its customary width and byte order on the wire;
 * a template may ask for the other order ({@code {{CRC16_CCITT:LE}}}).
 */
public enum Checksum {
    /** CRC-16/MODBUS (poly 0x8005 reflected, init 0xFFFF); Modbus RTU sends it low byte first. */
    CRC16_MODBUS(2, ByteOrder.LITTLE_ENDIAN),
    /** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF, not reflected), high byte first. */
    CRC16_CCITT(2, ByteOrder.BIG_ENDIAN),
    /** CRC-32 (ISO-HDLC, as zip and Ethernet), high byte first (network order). */
    CRC32(4, ByteOrder.BIG_ENDIAN),
    /** All bytes XORed together. */
    XOR8(1, ByteOrder.BIG_ENDIAN),
    /** All bytes added, modulo 256. */
    SUM8(1, ByteOrder.BIG_ENDIAN);

    /** How a multi-byte checksum is laid out. */
    public enum ByteOrder {
        BIG_ENDIAN, LITTLE_ENDIAN
    }

    private final int width;
    private final ByteOrder defaultOrder;

    Checksum(int width, ByteOrder defaultOrder) {
        this.width = width;
        this.defaultOrder = defaultOrder;
    }

    /** The checksum's size in bytes. */
    public int width() {
        return width;
    }

    public ByteOrder defaultOrder() {
        return defaultOrder;
    }

    /** The checksum of {@code data[from, to)} as an unsigned value. */
    public long compute(byte[] data, int from, int to) {
        return switch (this) {
            case CRC16_MODBUS -> crc16Modbus(data, from, to);
            case CRC16_CCITT -> crc16CcittFalse(data, from, to);
            case CRC32 -> {
                CRC32 crc = new CRC32();
                crc.update(data, from, to - from);
                yield crc.getValue();
            }
            case XOR8 -> {
                int x = 0;
                for (int i = from; i < to; i++) {
                    x ^= data[i];
                }
                yield x & 0xff;
            }
            case SUM8 -> {
                int sum = 0;
                for (int i = from; i < to; i++) {
                    sum += data[i];
                }
                yield sum & 0xff;
            }
        };
    }

    /** {@link #compute} laid out in {@code order}, {@link #width()} bytes. */
    public byte[] bytes(byte[] data, int from, int to, ByteOrder order) {
        long value = compute(data, from, to);
        byte[] out = new byte[width];
        for (int i = 0; i < width; i++) {
            int shift = 8 * (order == ByteOrder.BIG_ENDIAN ? width - 1 - i : i);
            out[i] = (byte) (value >>> shift);
        }
        return out;
    }

    private static int crc16Modbus(byte[] data, int from, int to) {
        int crc = 0xffff;
        for (int i = from; i < to; i++) {
            crc ^= data[i] & 0xff;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xa001 : crc >>> 1;
            }
        }
        return crc;
    }

    private static int crc16CcittFalse(byte[] data, int from, int to) {
        int crc = 0xffff;
        for (int i = from; i < to; i++) {
            crc ^= (data[i] & 0xff) << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
            }
            crc &= 0xffff;
        }
        return crc;
    }
}
