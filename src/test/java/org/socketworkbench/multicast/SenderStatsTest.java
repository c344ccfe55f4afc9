package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

class SenderStatsTest {

    private static final RosterLimits SMALL_WINDOW = new RosterLimits(64, 600, 100 * MS, 10, SECOND, 300, 16, 4);
    private static final long START = 1_000 * SECOND;

    private final SenderStats stats = new SenderStats(Probes.CHANNEL, 7, RosterLimits.DEFAULT);
    private long now = START;

    @Test
    void inOrderProbesLoseNothing() {
        List<Arrival> arrivals = new ArrayList<>();
        for (int seq = 0; seq < 100; seq++) {
            arrivals.add(arriveAfter(10 * MS, seq));
        }
        assertEquals(Arrival.FIRST, arrivals.getFirst());
        assertTrue(arrivals.subList(1, 100).stream().allMatch(a -> a == Arrival.IN_ORDER));
        assertCounts(100, 100, 100, 0, 0, 0, 0, 0);
        assertEquals(100 * 100, counts().bytes());
    }

    @Test
    void skippedSequenceNumbersShowAsGapsAndLoss() {
        for (long seq : new long[] {0, 1, 2, 4, 5, 8, 9}) {
            arriveAfter(10 * MS, seq);
        }
        assertCounts(7, 10, 7, 3, 2, 0, 0, 0);
        assertEquals(30.0, counts().lossPercent(), 1e-9);
    }

    @Test
    void aDuplicatedProbeIsCountedOnceAsADuplicate() {
        arriveAfter(10 * MS, 0);
        arriveAfter(10 * MS, 1);
        assertEquals(Arrival.DUPLICATE, arriveAfter(0, 1));
        arriveAfter(10 * MS, 2);
        assertCounts(4, 3, 3, 0, 0, 1, 0, 0);
    }

    @Test
    void aReorderedProbeFillsItsHole() {
        arriveAfter(10 * MS, 0);
        arriveAfter(10 * MS, 1);
        assertEquals(Arrival.AHEAD, arriveAfter(10 * MS, 3));
        assertEquals(1, counts().gaps());
        assertEquals(Arrival.REORDERED, arriveAfter(1 * MS, 2));
        arriveAfter(10 * MS, 4);
        assertCounts(5, 5, 5, 0, 0, 0, 1, 0);
    }

    @Test
    void gapsCountTheRunsOfMissingNumbersAsHolesFillSplitAndClose() {
        arriveAfter(10 * MS, 0);
        arriveAfter(10 * MS, 5);
        assertEquals(1, counts().gaps(), "1-4 missing");
        arriveAfter(1 * MS, 3);
        assertEquals(2, counts().gaps(), "1-2 and 4 missing");
        arriveAfter(1 * MS, 1);
        assertEquals(2, counts().gaps(), "2 and 4 missing");
        arriveAfter(1 * MS, 2);
        assertEquals(1, counts().gaps(), "4 missing");
        arriveAfter(1 * MS, 4);
        assertEquals(0, counts().gaps());
        assertEquals(0, counts().lost());
        assertEquals(4, counts().reordered());
    }

    @Test
    void lossCountsFromTheFirstProbeSeenSoALateJoinerSeesNone() {
        for (long seq = 1000; seq <= 1010; seq++) {
            arriveAfter(10 * MS, seq);
        }
        assertCounts(11, 11, 11, 0, 0, 0, 0, 0);
    }

    @Test
    void aProbeBelowTheFirstSeenExtendsTheCount() {
        arriveAfter(10 * MS, 10);
        arriveAfter(10 * MS, 11);
        assertEquals(Arrival.REORDERED, arriveAfter(1 * MS, 8));
        assertCounts(3, 4, 3, 1, 1, 0, 1, 0);
    }

    @Test
    void anInOrderProbeAfterASilenceIsLate() {
        arriveAfter(0, 0);
        arriveAfter(10 * MS, 1);
        assertEquals(Arrival.IN_ORDER, arriveAfter(19 * MS, 2), "under max(2 x 10 ms, 10 ms): jitter");
        assertEquals(Arrival.LATE, arriveAfter(20 * MS, 3), "a 20 ms pause at 100/s is a stall");
        assertEquals(Arrival.AHEAD, arriveAfter(50 * MS, 5), "a jump after silence is a gap, not late");
        assertCounts(5, 6, 5, 1, 1, 0, 0, 1);
    }

    @Test
    void lateNeedsAtLeastTenMillisecondsAtHighRates() {
        SenderStats fast = new SenderStats(Probes.CHANNEL, 1, RosterLimits.DEFAULT);
        ProbePacket template = Probes.probe(1, 0, 0);
        long t = START;
        fast.record(withRate(template, 0, 100_000_000), 100, "127.0.0.1", 1, t, false);
        assertEquals(Arrival.IN_ORDER, fast.record(withRate(template, 1, 100_000_000), 100, "127.0.0.1", 1,
                t + 9 * MS, false));
        assertEquals(Arrival.LATE, fast.record(withRate(template, 2, 100_000_000), 100, "127.0.0.1", 1,
                t + 19 * MS, false));
    }

    @Test
    void withoutAnAnnouncedRateTheObservedIntervalDecidesLateness() {
        SenderStats unpaced = new SenderStats(Probes.CHANNEL, 1, RosterLimits.DEFAULT);
        ProbePacket template = Probes.probe(1, 0, 0);
        long t = START;
        for (int seq = 0; seq < 5; seq++) {
            unpaced.record(withRate(template, seq, 0), 100, "127.0.0.1", 1, t += 100 * MS, false);
        }
        assertEquals(Arrival.IN_ORDER, unpaced.record(withRate(template, 5, 0), 100, "127.0.0.1", 1,
                t += 150 * MS, false));
        assertEquals(Arrival.LATE, unpaced.record(withRate(template, 6, 0), 100, "127.0.0.1", 1,
                t + 250 * MS, false));
    }

    @Test
    void aFarBackwardJumpNearZeroIsARestartThatKeepsEarlierCounts() {
        SenderStats small = new SenderStats(Probes.CHANNEL, 7, SMALL_WINDOW);
        for (long seq = 0; seq < 200; seq++) {
            small.record(Probes.probe(7, seq, 0), 100, "127.0.0.1", 1, now += 10 * MS, false);
        }
        small.record(Probes.probe(7, 150, 0), 100, "127.0.0.1", 1, now += 10 * MS, false);
        assertEquals(Arrival.RESTART, small.record(Probes.probe(7, 0, 0), 100, "127.0.0.1", 1, now += 10 * MS, false));
        small.record(Probes.probe(7, 1, 0), 100, "127.0.0.1", 1, now += 10 * MS, false);
        small.record(Probes.probe(7, 3, 0), 100, "127.0.0.1", 1, now += 10 * MS, false);
        SequenceCounts c = small.snapshot(now).counts();
        assertEquals(1, c.restarts());
        assertEquals(200 + 4, c.expected());
        assertEquals(200 + 3, c.received());
        assertEquals(1, c.lost());
        assertEquals(1, c.gaps());
        assertEquals(1, c.duplicates(), "150 was inside the window");
    }

    @Test
    void aProbeOlderThanTheWindowIsStaleNotReceived() {
        SenderStats small = new SenderStats(Probes.CHANNEL, 7, SMALL_WINDOW);
        small.record(Probes.probe(7, 0, 0), 100, "127.0.0.1", 1, now, false);
        small.record(Probes.probe(7, 200, 0), 100, "127.0.0.1", 1, now += 10 * MS, false);
        assertEquals(Arrival.STALE, small.record(Probes.probe(7, 100, 0), 100, "127.0.0.1", 1, now, false));
        assertEquals(Arrival.REORDERED, small.record(Probes.probe(7, 150, 0), 100, "127.0.0.1", 1, now, false));
        SequenceCounts c = small.snapshot(now).counts();
        assertEquals(1, c.stale());
        assertEquals(4, c.packets());
        assertEquals(3, c.received());
        assertEquals(201 - 3, c.lost());
        assertEquals(2, c.gaps(), "1-149 and 151-199");
    }

    @Test
    void aHugeForwardJumpIsLossAndCheap() {
        arriveAfter(10 * MS, 0);
        arriveAfter(10 * MS, 1L << 62);
        arriveAfter(10 * MS, (1L << 62) + 1);
        assertEquals((1L << 62) - 1, counts().lost());
        assertEquals(1, counts().gaps());
        assertEquals(Arrival.DUPLICATE, arriveAfter(0, 1L << 62));
    }

    @Test
    void oneWayLatencyIsMeasuredOnlyOnASharedClock() {
        record(0, START + 1 * MS, START + 2 * MS, true);
        record(1, START + 11 * MS, START + 14 * MS, true);
        record(1, START + 11 * MS, START + 30 * MS, true);
        record(2, START + 21 * MS, START + 23 * MS, true);
        LatencySnapshot latency = stats.snapshot(START + 30 * MS).latency().orElseThrow();
        assertEquals(3, latency.samples(), "the duplicate is not measured");
        assertEquals(1 * MS, latency.minNanos());
        assertEquals(2 * MS, latency.avgNanos());
        assertEquals(3 * MS, latency.maxNanos());
        assertEquals(179_688, latency.jitterNanos(), "2 ms/16, then + (1 ms - 0.125 ms)/16");

        SenderStats foreignClock = new SenderStats(Probes.CHANNEL, 8, RosterLimits.DEFAULT);
        foreignClock.record(Probes.probe(8, 0, START), 100, "10.0.0.2", 1, START + MS, false);
        assertTrue(foreignClock.snapshot(START + MS).latency().isEmpty());
    }

    @Test
    void theRateIsMeasuredOverTheSlidingWindowAndDecays() {
        for (int seq = 0; seq < 200; seq++) {
            arriveAfter(10 * MS, seq);
        }
        Throughput rate = stats.snapshot(now).rate();
        assertEquals(100.0, rate.packetsPerSecond(), 1e-9);
        assertEquals(100.0 * 100, rate.bytesPerSecond(), 1e-9);
        assertEquals(0.0, stats.snapshot(now + 2 * SECOND).rate().packetsPerSecond());
    }

    @Test
    void theRateChartHasOnePointPerSecondWithSilenceAsZero() {
        for (int seq = 0; seq < 100; seq++) {
            arriveAfter(10 * MS, seq);
        }
        List<RateSample> chart = stats.snapshot(now + 2 * SECOND).rateHistory();
        assertEquals(List.of(100.0, 0.0), chart.stream().map(s -> s.rate().packetsPerSecond()).toList());
        assertEquals(START + 10 * MS + SECOND, chart.get(1).startNanos());
    }

    @Test
    void theSnapshotCarriesTheSendersIdentity() {
        ProbePacket last = new ProbePacket(ProbePacket.FLAG_LAST, 7, 0, 0, 3, Probes.TARGET, 2_500, "beta");
        stats.record(last, 80, "192.0.2.1", 4321, now, false);
        SenderSnapshot s = stats.snapshot(now);
        assertEquals("beta", s.hostName());
        assertEquals("192.0.2.1", s.sourceAddress());
        assertEquals(4321, s.sourcePort());
        assertEquals(3, s.ttl());
        assertEquals(2.5, s.announcedRate().orElseThrow().perSecond());
        assertTrue(s.ended());
        assertEquals(false, s.targetMismatch());
        assertEquals("0000000000000007", s.senderIdHex());
    }

    private Arrival arriveAfter(long delay, long seq) {
        now += delay;
        return stats.record(Probes.probe(7, seq, 0), 100, "127.0.0.1", 40000, now, false);
    }

    private void record(long seq, long sent, long arrived, boolean sharesClock) {
        stats.record(Probes.probe(7, seq, sent), 100, "127.0.0.1", 40000, arrived, sharesClock);
    }

    private static ProbePacket withRate(ProbePacket p, long seq, long rateMilli) {
        return new ProbePacket(p.flags(), p.senderId(), seq, p.sendTimeNanos(), p.ttl(), p.target(), rateMilli,
                p.hostName());
    }

    private SequenceCounts counts() {
        return stats.snapshot(now).counts();
    }

    private void assertCounts(long packets, long expected, long received, long lost, long gaps, long duplicates,
                              long reordered, long late) {
        SequenceCounts c = counts();
        assertEquals(List.of(packets, expected, received, lost, gaps, duplicates, reordered, late),
                List.of(c.packets(), c.expected(), c.received(), c.lost(), c.gaps(), c.duplicates(), c.reordered(),
                        c.late()),
                "packets, expected, received, lost, gaps, duplicates, reordered, late");
    }
}
