package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbeCodecTest {

    /** The example in the README (probe format); keep both in step. */
    private static final String EXAMPLE_HEX = ""
            + "535750520100003d0123456789abcdef000000000000002a"
            + "17979cfe3d85cd1501041388ef0102030000000000000000"
            + "00000000000186a00003626f780000000000000000000000";

    private static final ProbePacket EXAMPLE = new ProbePacket(0, 0x0123456789abcdefL, 42,
            1_700_000_000_123_456_789L, 1, new InetSocketAddress(Probes.GROUP.address(), 5000), 100_000, "box");

    @Test
    void theDocumentedExampleEncodesByteForByte() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 72);
        assertEquals(EXAMPLE_HEX, HexFormat.of().formatHex(encoded));
    }

    @Test
    void anIpv4ProbeSurvivesARoundTrip() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 200);
        assertEquals(200, encoded.length);
        assertEquals(new ProbeDecoding.Probe(EXAMPLE), ProbeCodec.decode(encoded));
    }

    @Test
    void anIpv6ProbeWithAUnicodeHostNameAndTheLastFlagSurvivesARoundTrip() {
        InetSocketAddress target = GroupAddress.parse("[ff02::1234%lo]:6000").toSocketAddress();
        ProbePacket packet = new ProbePacket(ProbePacket.FLAG_LAST, -1L, Long.MAX_VALUE, -5, 255, target,
                ProbePacket.MAX_RATE_MILLI, "Zürich-Ω");
        ProbeDecoding decoded = ProbeCodec.decode(ProbeCodec.encode(packet, 0));
        ProbePacket back = assertInstanceOf(ProbeDecoding.Probe.class, decoded).packet();
        assertEquals(packet, back);
        assertTrue(back.last());
    }

    @Test
    void aProbeIsNeverCutBelowItsHeader() {
        assertEquals(ProbeCodec.headerSize("box"), ProbeCodec.encode(EXAMPLE, 10).length);
        assertEquals(61, ProbeCodec.headerSize("box"));
        assertEquals(ProbeCodec.FIXED_HEADER, ProbeCodec.headerSize(""));
    }

    @Test
    void bytesBetweenTheHostNameAndTheHeaderLengthAreExtensionsAndIgnored() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        ByteBuffer.wrap(encoded).putShort(6, (short) 70);
        encoded[65] = 0x7F;
        assertEquals(new ProbeDecoding.Probe(EXAMPLE), ProbeCodec.decode(encoded));
    }

    @Test
    void unknownFlagBitsAreKept() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        encoded[5] = (byte) 0x82;
        ProbePacket back = assertInstanceOf(ProbeDecoding.Probe.class, ProbeCodec.decode(encoded)).packet();
        assertEquals(0x82, back.flags());
        assertEquals(false, back.last());
    }

    @Test
    void foreignBytesHaveNoMagic() {
        assertRejected(ProbeRejection.NO_MAGIC, new byte[0]);
        assertRejected(ProbeRejection.NO_MAGIC, "SWP".getBytes(StandardCharsets.US_ASCII));
        assertRejected(ProbeRejection.NO_MAGIC, "hello multicast world, this is not a probe at all.......".getBytes(
                StandardCharsets.US_ASCII));
        byte[] mcjoin = "mcjoin:pid=123:seq=7".getBytes(StandardCharsets.US_ASCII);
        assertRejected(ProbeRejection.NO_MAGIC, mcjoin);
    }

    @Test
    void otherVersionsAreRejectedEvenWhenShort() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        encoded[4] = 2;
        assertEquals("probe version 2, this build reads version 1",
                assertRejected(ProbeRejection.UNSUPPORTED_VERSION, encoded).detail());
        assertRejected(ProbeRejection.UNSUPPORTED_VERSION, new byte[] {'S', 'W', 'P', 'R', 9});
    }

    @Test
    void shortProbesAreTruncated() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 0);
        assertRejected(ProbeRejection.TRUNCATED, Arrays.copyOf(encoded, 4));
        assertRejected(ProbeRejection.TRUNCATED, Arrays.copyOf(encoded, ProbeCodec.FIXED_HEADER - 1));
        assertEquals("header length 61 but only 60 bytes arrived",
                assertRejected(ProbeRejection.TRUNCATED, Arrays.copyOf(encoded, 60)).detail());
    }

    @Test
    void aHeaderLengthShorterThanItsFieldsIsRejected() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        ByteBuffer.wrap(encoded).putShort(6, (short) 60);
        assertRejected(ProbeRejection.BAD_HEADER_LENGTH, encoded);
    }

    @Test
    void aHostNameThatIsNotUtf8OrTooLongIsRejected() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        encoded[ProbeCodec.FIXED_HEADER] = (byte) 0xC3;
        encoded[ProbeCodec.FIXED_HEADER + 1] = (byte) 0x28;
        assertRejected(ProbeRejection.BAD_HOST_NAME, encoded);

        byte[] long256 = ProbeCodec.encode(EXAMPLE, 400);
        ByteBuffer.wrap(long256).putShort(6, (short) 314).putShort(56, (short) 256);
        assertRejected(ProbeRejection.BAD_HOST_NAME, long256);
    }

    @Test
    void anUnknownTargetFamilyIsRejected() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        encoded[33] = 5;
        assertEquals("target address family 5 is neither 4 nor 6",
                assertRejected(ProbeRejection.BAD_TARGET, encoded).detail());
    }

    @Test
    void aSequenceWithTheTopBitSetIsRejected() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 80);
        encoded[16] = (byte) 0x80;
        assertRejected(ProbeRejection.BAD_SEQUENCE, encoded);
    }

    @Test
    void randomBytesNeverThrow() {
        Random random = new Random(20240601);
        for (int i = 0; i < 20_000; i++) {
            byte[] junk = new byte[random.nextInt(120)];
            random.nextBytes(junk);
            if (random.nextBoolean() && junk.length >= 5) {
                System.arraycopy(new byte[] {'S', 'W', 'P', 'R', 1}, 0, junk, 0, 5);
            }
            ProbeCodec.decode(junk);
        }
    }

    @Test
    void mutatedProbesNeverThrow() {
        Random random = new Random(7);
        byte[] valid = ProbeCodec.encode(EXAMPLE, 90);
        for (int i = 0; i < 20_000; i++) {
            byte[] mutated = Arrays.copyOf(valid, 1 + random.nextInt(valid.length));
            for (int flips = random.nextInt(4); flips >= 0; flips--) {
                int at = 4 + random.nextInt(Math.max(1, mutated.length - 4));
                if (at < mutated.length) {
                    mutated[at] = (byte) random.nextInt(256);
                }
            }
            ProbeCodec.decode(mutated);
        }
    }

    @Test
    void encodingRejectsFieldsTheFormatCannotCarry() {
        InetSocketAddress target = Probes.TARGET;
        assertThrows(IllegalArgumentException.class, () -> new ProbePacket(0, 1, -1, 0, 0, target, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ProbePacket(0, 1, 0, 0, 256, target, 0, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ProbePacket(256, 1, 0, 0, 0, target, 0, "x"));
        assertThrows(IllegalArgumentException.class,
                () -> new ProbePacket(0, 1, 0, 0, 0, target, ProbePacket.MAX_RATE_MILLI + 1, "x"));
        assertThrows(IllegalArgumentException.class, () -> new ProbePacket(0, 1, 0, 0, 0, target, 0, "é".repeat(128)));
        assertThrows(IllegalArgumentException.class,
                () -> new ProbePacket(0, 1, 0, 0, 0, InetSocketAddress.createUnresolved("example.org", 1), 0, "x"));
    }

    @Test
    void theEncodingIsExactlyTheDocumentedLayout() {
        byte[] encoded = ProbeCodec.encode(EXAMPLE, 72);
        ByteBuffer in = ByteBuffer.wrap(encoded);
        assertEquals(0x53575052, in.getInt(0));
        assertEquals(1, in.get(4));
        assertEquals(61, in.getShort(6));
        assertEquals(0x0123456789abcdefL, in.getLong(8));
        assertEquals(42, in.getLong(16));
        assertEquals(1_700_000_000_123_456_789L, in.getLong(24));
        assertEquals(1, in.get(32));
        assertEquals(4, in.get(33));
        assertEquals(5000, in.getShort(34));
        assertArrayEquals(new byte[] {(byte) 239, 1, 2, 3}, Arrays.copyOfRange(encoded, 36, 40));
        assertEquals(100_000, in.getInt(52));
        assertEquals(3, in.getShort(56));
        assertEquals("box", new String(encoded, 58, 3, StandardCharsets.UTF_8));
    }

    private static ProbeDecoding.Rejected assertRejected(ProbeRejection reason, byte[] datagram) {
        ProbeDecoding.Rejected rejected = assertInstanceOf(ProbeDecoding.Rejected.class, ProbeCodec.decode(datagram));
        assertEquals(reason, rejected.reason(), rejected.detail());
        return rejected;
    }
}
