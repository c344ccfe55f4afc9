package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

/**
 * Two hosts whose clocks are an hour apart exchange probes and reports by hand: each builds the
 * 2 × 2 matrix, with RTT from the echoed send times (no shared clock needed) and the one-way
 * latency estimated as RTT / 2 ± RTT / 2.
 */
class ReceptionMatrixTest {

    private static final long HOUR = 3600 * SECOND;

    private final FakeClock clockA = new FakeClock(1_000 * SECOND);
    private final FakeClock clockB = new FakeClock(1_000 * SECOND + HOUR);
    private final Host a = new Host("alpha", 0xA, clockA);
    private final Host b = new Host("beta", 0xB, clockB);

    private final class Host {
        final String name;
        final long senderId;
        final FakeClock clock;
        final ClockDomain clocks;
        final Roster roster;
        long sequence;

        Host(String name, long senderId, FakeClock clock) {
            this.name = name;
            this.senderId = senderId;
            this.clock = clock;
            this.clocks = new ClockDomain(name, false);
            this.clocks.addLocalSender(senderId);
            this.roster = new Roster(clock, clocks);
            roster.sendsOn(Probes.GROUP, senderId);
        }

        byte[] probe() {
            return ProbeCodec.encode(new ProbePacket(0, senderId, sequence++, clock.getAsLong(), 0, Probes.TARGET,
                    100_000, name), 100);
        }

        List<byte[]> report() {
            return roster.report(Probes.CHANNEL, new ReportSettings(name, 0, Duration.ofSeconds(1)));
        }

        void receive(byte[] datagram) {
            roster.record(Probes.CHANNEL, datagram, "127.0.0.1", 5000);
        }

        MatrixSnapshot matrix() {
            return roster.snapshot().channels().getFirst().matrix();
        }
    }

    private void advance(long nanos) {
        clockA.advance(nanos);
        clockB.advance(nanos);
    }

    @Test
    void eachHostSeesEveryPairWithRoundTripTimeAndEstimatedLatency() {
        for (int i = 0; i < 10; i++) {
            byte[] fromA = a.probe();
            byte[] fromB = b.probe();
            a.receive(fromA);
            b.receive(fromB);
            advance(2 * MS);
            b.receive(fromA);
            a.receive(fromB);
            advance(8 * MS);
        }
        advance(500 * MS);
        List<byte[]> reportA = a.report();
        List<byte[]> reportB = b.report();
        advance(2 * MS);
        reportB.forEach(a::receive);
        reportA.forEach(b::receive);

        for (Host host : List.of(a, b)) {
            MatrixSnapshot matrix = host.matrix();
            assertEquals(List.of("alpha", "beta"), matrix.receivers().stream().map(MatrixHost::name).toList());
            assertEquals(List.of("alpha", "beta"), matrix.senders().stream().map(MatrixHost::name).toList());
            assertFalse(matrix.anyLoss());
            MatrixCell aHearsB = matrix.cell("alpha", "beta").orElseThrow();
            assertEquals(10, aHearsB.block().received());
            assertEquals(4 * MS, aHearsB.rtt().orElseThrow(), host.name + ": 2 ms each way, the 500 ms held back by DLSR");
            assertEquals(2 * MS, aHearsB.latency().orElseThrow());
            assertEquals(2 * MS, aHearsB.latencyBound());
            MatrixCell bHearsA = matrix.cell("beta", "alpha").orElseThrow();
            assertEquals(4 * MS, bHearsA.rtt().orElseThrow(), host.name);
        }
        MatrixCell selfA = a.matrix().cell("alpha", "alpha").orElseThrow();
        assertTrue(selfA.latencyMeasured(), "our own probes share our clock");
        assertEquals(0, selfA.latency().orElseThrow());
    }

    @Test
    void lossShowsOnExactlyThePairThatLostAndAHostThatStopsReportingFades() {
        for (int i = 0; i < 10; i++) {
            byte[] fromA = a.probe();
            a.receive(fromA);
            if (i != 4) {
                b.receive(fromA);
            }
            advance(10 * MS);
        }
        a.report().forEach(b::receive);
        b.report().forEach(a::receive);
        MatrixSnapshot matrix = a.matrix();
        assertTrue(matrix.anyLoss());
        assertEquals(10.0, matrix.cell("beta", "alpha").orElseThrow().block().lossPercent(), 1e-9);
        assertEquals(0, matrix.cell("alpha", "alpha").orElseThrow().block().lost());
        assertEquals(10.0, matrix.cell("beta", "alpha").orElseThrow().history().getLast().lossPercent(), 1e-9);

        advance(2 * SECOND);
        a.report();
        assertFalse(a.matrix().receivers().get(1).silent(), "beta reported 2 s ago: not yet silent");
        advance(2 * SECOND);
        a.report();
        MatrixHost beta = a.matrix().receivers().get(1);
        assertEquals("beta", beta.name());
        assertTrue(beta.silent(), "no report from beta for 4 s");
        assertFalse(a.matrix().receivers().get(0).silent(), "our own row is always fresh");
    }
}
