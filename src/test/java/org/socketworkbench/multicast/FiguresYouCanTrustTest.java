package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

/** The figures a tester reads first: the final rate, counters at the ends of the sequence range, zero-length datagrams. */
class FiguresYouCanTrustTest {

    private static final long START = 1_000 * SECOND;

    private final FakeClock clock = new FakeClock(START);
    private final Roster roster = new Roster(clock, new ClockDomain("here", false));

    @Test
    void aSenderThatEndedKeepsTheRateItSentAtNotTheSilenceAfterwards() {
        assertEquals(100.0, finalRate(100, 5 * SECOND), 0.5);
        assertEquals(50.0, finalRate(50, 5 * SECOND), 0.5);
        assertEquals(100.0, finalRate(100, 300 * MS), 0.5, "a run shorter than the window");
        assertEquals(1000.0, finalRate(1000, 20 * SECOND), 5);
    }

    /** Sends at {@code perSecond} for {@code runNanos} then LAST, and reads the rate 1.3 s after LAST. */
    private static double finalRate(int perSecond, long runNanos) {
        SenderStats stats = new SenderStats(Probes.CHANNEL, 7, RosterLimits.DEFAULT);
        long interval = SECOND / perSecond;
        long t = START;
        long seq = 0;
        for (; seq * interval < runNanos; seq++) {
            t = START + seq * interval;
            stats.record(probe(seq, 0, perSecond, t - START), 100, "127.0.0.1", 1, t, false);
        }
        stats.record(probe(seq, ProbePacket.FLAG_LAST, perSecond, t + 20_000), 100, "127.0.0.1", 1, t + 20_000, false);
        SenderSnapshot snapshot = stats.snapshot(t + 1_300 * MS);
        assertTrue(snapshot.ended());
        return snapshot.rate().packetsPerSecond();
    }

    private static ProbePacket probe(long seq, int flags, int perSecond, long sendTime) {
        return new ProbePacket(flags, 7, seq, sendTime, 0, Probes.TARGET, perSecond * 1000L, "alpha");
    }

    @Test
    void aBacklogReadInOneBurstDoesNotRaiseTheFinalRate() {
        SenderStats stats = new SenderStats(Probes.CHANNEL, 7, RosterLimits.DEFAULT);
        long interval = SECOND / 500;
        long t = START;
        for (int seq = 0; seq < 2500; seq++) {
            long sent = START + seq * interval;
            t = seq < 250 ? START + 500 * MS + seq * 1000 : sent + 100_000; // the first 0.5 s arrive in one burst
            stats.record(probe(seq, 0, 500, sent), 100, "127.0.0.1", 1, t, false);
        }
        stats.record(probe(2500, ProbePacket.FLAG_LAST, 500, t), 100, "127.0.0.1", 1, t + 10_000, false);
        assertEquals(500.0, stats.snapshot(t + SECOND).rate().packetsPerSecond(), 0.5);
    }

    @Test
    void sequenceZeroThenTheLargestNeverReadsAsNegativeLoss() {
        record(1, 0);
        record(1, Long.MAX_VALUE);
        SequenceCounts counts = roster.snapshot().senders().getFirst().counts();
        assertEquals(Long.MAX_VALUE, counts.expected(), "2^63 expected saturates at 2^63-1");
        assertEquals(2, counts.received());
        assertEquals(Long.MAX_VALUE - 2, counts.lost());
        assertEquals(100.0, counts.lossPercent(), 1e-9);
        assertTrue(RosterTable.summary(roster.snapshot()).contains("(100.00%)"), RosterTable.summary(roster.snapshot()));
    }

    @Test
    void twoSendersThatJumpByTwoToTheSixtySecondSumWithoutWrapping() {
        for (long id : new long[] {1, 2}) {
            record(id, 0);
            record(id, 1L << 62);
            record(id, (1L << 62) + (1L << 62) - 1);
        }
        List<SenderSnapshot> senders = roster.snapshot().senders();
        for (SenderSnapshot sender : senders) {
            SequenceCounts c = sender.counts();
            assertEquals(Long.MAX_VALUE, c.expected());
            assertEquals(Long.MAX_VALUE - 3, c.lost());
        }
        String summary = RosterTable.summary(roster.snapshot());
        assertTrue(summary.contains(Long.MAX_VALUE + " lost (100.00%)"), summary);
    }

    @Test
    void zeroLengthDatagramsAreForeignTrafficNotDropped() {
        for (int i = 0; i < 100; i++) {
            roster.record(Probes.CHANNEL, new byte[0], "", 0);
        }
        ForeignSnapshot foreign = roster.snapshot().channels().getFirst().foreign();
        assertEquals(100, foreign.packets());
        assertEquals(0, foreign.bytes());
        assertEquals("an empty (zero-length) datagram", foreign.sources().getFirst().lastReason());
        assertTrue(RosterTable.format(roster.snapshot()).contains("100 packets (0 bytes) from (unknown source)"),
                RosterTable.format(roster.snapshot()));
    }

    @Test
    void theMedianLatencyIsNotPulledUpByAFewStalls() {
        SenderStats stats = new SenderStats(Probes.CHANNEL, 7, RosterLimits.DEFAULT);
        for (int seq = 0; seq < 1000; seq++) {
            long latency = seq % 100 == 0 ? 20 * MS : 400_000;
            stats.record(Probes.probe(7, seq, START + seq * 10 * MS), 100, "127.0.0.1", 1,
                    START + seq * 10 * MS + latency, true);
        }
        LatencySnapshot latency = stats.snapshot(START + 10 * SECOND).latency().orElseThrow();
        assertEquals(400_000, latency.medianNanos(), 400_000 / 16.0);
        assertTrue(latency.avgNanos() > 500_000, "the mean sees the stalls: " + latency.avgNanos());
    }

    private void record(long senderId, long sequence) {
        clock.advance(10 * MS);
        roster.record(Probes.CHANNEL, Probes.bytes(senderId, sequence), "127.0.0.1", 4000);
    }
}
