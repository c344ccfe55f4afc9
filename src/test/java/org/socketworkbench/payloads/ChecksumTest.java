package org.socketworkbench.payloads;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The published check values: each checksum of the ASCII string "123456789". */
class ChecksumTest {

    private static final byte[] CHECK = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchThePublishedCheckValues() {
        assertEquals(0x4B37, Checksum.CRC16_MODBUS.compute(CHECK, 0, CHECK.length));
        assertEquals(0x29B1, Checksum.CRC16_CCITT.compute(CHECK, 0, CHECK.length));
        assertEquals(0xCBF43926L, Checksum.CRC32.compute(CHECK, 0, CHECK.length));
        assertEquals(0x31, Checksum.XOR8.compute(CHECK, 0, CHECK.length));
        assertEquals(0xDD, Checksum.SUM8.compute(CHECK, 0, CHECK.length));
    }

    @Test
    void layOutTheirBytesInTheCustomaryOrder() {
        assertArrayEquals(new byte[] {0x37, 0x4B}, Checksum.CRC16_MODBUS.bytes(CHECK, 0, 9, Checksum.CRC16_MODBUS.defaultOrder()));
        assertArrayEquals(new byte[] {0x29, (byte) 0xB1}, Checksum.CRC16_CCITT.bytes(CHECK, 0, 9, Checksum.ByteOrder.BIG_ENDIAN));
        assertArrayEquals(new byte[] {(byte) 0xCB, (byte) 0xF4, 0x39, 0x26}, Checksum.CRC32.bytes(CHECK, 0, 9, Checksum.ByteOrder.BIG_ENDIAN));
        assertArrayEquals(new byte[] {0x26, 0x39, (byte) 0xF4, (byte) 0xCB}, Checksum.CRC32.bytes(CHECK, 0, 9, Checksum.ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void aModbusRequestGetsTheCrcItsSpecificationShows() {
        // Read holding registers: slave 1, function 3, start 0, count 10 -> CRC bytes C5 CD.
        byte[] request = {0x01, 0x03, 0x00, 0x00, 0x00, 0x0A};
        assertArrayEquals(new byte[] {(byte) 0xC5, (byte) 0xCD}, Checksum.CRC16_MODBUS.bytes(request, 0, 6, Checksum.ByteOrder.LITTLE_ENDIAN));
    }

    @Test
    void coverOnlyTheirRange() {
        byte[] framed = "\u0002123456789".getBytes(StandardCharsets.US_ASCII);
        assertEquals(0x4B37, Checksum.CRC16_MODBUS.compute(framed, 1, framed.length));
        assertEquals(0xFFFF, Checksum.CRC16_MODBUS.compute(framed, 3, 3), "no bytes: the initial value");
    }
}
