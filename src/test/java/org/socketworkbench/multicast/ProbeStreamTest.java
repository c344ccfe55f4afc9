package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProbeStreamTest {

    private final FakeClock clock = new FakeClock(123_456_789L);

    @Test
    void probesAreNumberedFromZeroStampedAndPadded() {
        ProbeStream stream = new ProbeStream(42, "alpha", Probes.TARGET, 0, ProbeRate.parse("100"), 300, clock);
        byte[] first = stream.next();
        clock.advance(10_000_000);
        byte[] second = stream.next();
        clock.advance(10_000_000);
        byte[] last = stream.last();

        assertEquals(List.of(300, 300, 300), List.of(first.length, second.length, last.length));
        ProbePacket p0 = decode(first);
        ProbePacket p1 = decode(second);
        ProbePacket p2 = decode(last);
        assertEquals(List.of(0L, 1L, 2L), List.of(p0.sequence(), p1.sequence(), p2.sequence()));
        assertEquals(List.of(123_456_789L, 133_456_789L, 143_456_789L),
                List.of(p0.sendTimeNanos(), p1.sendTimeNanos(), p2.sendTimeNanos()));
        assertEquals(new ProbePacket(0, 42, 0, 123_456_789L, 0, Probes.TARGET, 100_000, "alpha"), p0);
        assertFalse(p1.last());
        assertTrue(p2.last());
        assertEquals(3, stream.count());
        assertEquals(42, stream.senderId());
    }

    @Test
    void aProbeWrittenIntoABufferIsTheProbeNextWouldMakeAtItsPosition() {
        ProbeStream written = new ProbeStream(42, "alpha", Probes.TARGET, 0, ProbeRate.parse("100"), 300, clock);
        ProbeStream made = new ProbeStream(42, "alpha", Probes.TARGET, 0, ProbeRate.parse("100"), 300, clock);
        ByteBuffer buffer = ByteBuffer.allocateDirect(1000);
        buffer.put(new byte[7]);
        written.writeNext(buffer);
        clock.advance(5_000);
        buffer.position(7);
        written.writeNext(buffer);
        made.next();
        byte[] expected = made.next();

        assertEquals(7 + 300, buffer.position());
        byte[] bytes = new byte[300];
        buffer.get(7, bytes);
        assertArrayEquals(expected, bytes);
        assertEquals(1L, decode(bytes).sequence());
        assertEquals(123_461_789L, decode(bytes).sendTimeNanos());
        assertEquals(2, written.count());
    }

    @Test
    void badFieldsAreRefusedBeforeTheFirstSend() {
        assertThrows(IllegalArgumentException.class,
                () -> new ProbeStream(1, "x", Probes.TARGET, 300, ProbeRate.parse("1"), 100, clock));
    }

    @Test
    void senderIdsAreRandom() {
        assertNotEquals(ProbeStream.newSenderId(), ProbeStream.newSenderId());
    }

    @Test
    void theSystemClockIsEpochBasedAndMonotonic() {
        long a = ProbeClock.system().getAsLong();
        long b = ProbeClock.system().getAsLong();
        assertTrue(b >= a);
        assertTrue(Math.abs(a / 1_000_000 - System.currentTimeMillis()) < 60_000, "near the wall clock");
    }

    private static ProbePacket decode(byte[] bytes) {
        return assertInstanceOf(ProbeDecoding.Probe.class, ProbeCodec.decode(bytes)).packet();
    }
}
