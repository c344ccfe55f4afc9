package org.socketworkbench.multicast;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzes the receiving side with jqwik: random and mutated datagrams through the decoder and
 * the roster, random sequence numbers (jumps of 2^62, the ends of the range, restarts) through
 * the tracker. Every datagram must be counted exactly once, as a probe or as foreign, and the
 * counters must stay consistent: never negative, loss between 0% and 100%.
 */
class ReceiverFuzzTest {

    @Property(tries = 2000)
    void theDecoderNeverThrowsOnRandomBytes(@ForAll @Size(max = 300) byte[] datagram) {
        assertDoesNotThrow(() -> ProbeCodec.decode(datagram));
    }

    @Property(tries = 2000)
    void theDecoderNeverThrowsOnAMutatedProbe(@ForAll("mutatedProbes") byte[] datagram) {
        ProbeDecoding decoding = assertDoesNotThrow(() -> ProbeCodec.decode(datagram));
        if (decoding instanceof ProbeDecoding.Probe(ProbePacket packet)) {
            assertTrue(packet.sequence() >= 0);
        }
    }

    @Property(tries = 300)
    void everyDatagramIsCountedOnceAsAProbeOrAsForeign(@ForAll("datagramMixes") List<byte[]> datagrams) {
        FakeClock clock = new FakeClock(1_000 * FakeClock.SECOND);
        Roster roster = new Roster(clock, new ClockDomain("alpha", false));
        for (byte[] datagram : datagrams) {
            clock.advance(FakeClock.MS);
            roster.record(Probes.CHANNEL, datagram, "127.0.0.1", 4000);
        }
        RosterSnapshot snapshot = roster.snapshot();
        long probes = snapshot.senders().stream().mapToLong(s -> s.counts().packets()).sum();
        long foreign = snapshot.channels().stream().mapToLong(c -> c.foreign().packets()).sum();
        assertEquals(datagrams.size(), probes + foreign);
        snapshot.senders().forEach(s -> assertConsistent(s.counts()));
        assertDoesNotThrow(() -> RosterTable.format(snapshot));
        assertTrue(RosterTable.summary(snapshot).matches(".*\\d+ lost \\((\\d|[1-9]\\d|100)\\.\\d\\d%\\).*"),
                RosterTable.summary(snapshot));
    }

    @Property(tries = 1000)
    void theTrackersCountersStayConsistentWhateverTheJumps(@ForAll("sequences") List<Long> sequences) {
        SenderStats stats = new SenderStats(Probes.CHANNEL, 1, new RosterLimits(64, 60, 100 * FakeClock.MS, 10,
                FakeClock.SECOND, 10, 4, 4));
        long now = 0;
        for (long sequence : sequences) {
            stats.record(Probes.probe(1, sequence, now), 100, "127.0.0.1", 1, now += FakeClock.MS, true);
        }
        SequenceCounts counts = stats.snapshot(now).counts();
        assertConsistent(counts);
        assertEquals(sequences.size(), counts.received() + counts.duplicates() + counts.stale(),
                "each probe is received, a duplicate or stale");
    }

    @Property(tries = 1000)
    void withinTheWindowTheTrackerAgreesWithASet(@ForAll("smallSequences") List<Long> offsets,
                                                  @ForAll("bases") long base) {
        SequenceTracker tracker = new SequenceTracker(64);
        TreeSet<Long> seen = new TreeSet<>();
        for (long offset : offsets) {
            tracker.accept(base + offset);
            seen.add(base + offset);
        }
        long expected = seen.last() - seen.first() + 1;
        assertEquals(expected, tracker.expected());
        assertEquals(seen.size(), tracker.received());
        assertEquals(expected - seen.size(), tracker.lost());
        assertEquals(offsets.size() - seen.size(), tracker.duplicates());
        assertEquals(runsOfMissing(seen), tracker.gaps());
    }

    private static long runsOfMissing(TreeSet<Long> seen) {
        long runs = 0;
        Long previous = null;
        for (long s : seen) {
            if (previous != null && s > previous + 1) {
                runs++;
            }
            previous = s;
        }
        return runs;
    }

    private static void assertConsistent(SequenceCounts c) {
        assertTrue(c.received() >= 0 && c.received() <= c.expected(), c.toString());
        assertTrue(c.lost() >= 0 && c.lost() <= c.expected(), c.toString());
        assertTrue(c.gaps() >= 0 && c.duplicates() >= 0 && c.reordered() >= 0, c.toString());
        assertTrue(c.lossPercent() >= 0 && c.lossPercent() <= 100, c.toString());
    }

    @Provide
    Arbitrary<Long> bases() {
        return Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.just(Long.MAX_VALUE - 62),
                Arbitraries.longs().between(0, Long.MAX_VALUE - 62));
    }

    @Provide
    Arbitrary<List<Long>> smallSequences() {
        return Arbitraries.longs().between(0, 62).list().ofMinSize(1).ofMaxSize(200);
    }

    @Provide
    Arbitrary<List<Long>> sequences() {
        Arbitrary<Long> sequence = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.longs().between(0, 300)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(0L, 1L, 1L << 62, (1L << 62) + 1, Long.MAX_VALUE,
                        Long.MAX_VALUE - 1, Long.MAX_VALUE - 64)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(0, Long.MAX_VALUE)));
        return sequence.list().ofMinSize(1).ofMaxSize(300);
    }

    @Provide
    Arbitrary<byte[]> mutatedProbes() {
        Arbitrary<byte[]> probe = Arbitraries.longs().between(0, Long.MAX_VALUE)
                .map(seq -> ProbeCodec.encode(Probes.probe(1, seq, seq), 100));
        return net.jqwik.api.Combinators.combine(probe, Arbitraries.integers().between(0, 99).list().ofMaxSize(8),
                Arbitraries.bytes().list().ofSize(8), Arbitraries.integers().between(0, 100))
                .as((bytes, positions, values, length) -> {
                    byte[] copy = java.util.Arrays.copyOf(bytes, length);
                    for (int i = 0; i < positions.size(); i++) {
                        if (positions.get(i) < copy.length) {
                            copy[positions.get(i)] = values.get(i);
                        }
                    }
                    return copy;
                });
    }

    @Provide
    Arbitrary<List<byte[]>> datagramMixes() {
        Arbitrary<byte[]> valid = Arbitraries.longs().between(1, 3).flatMap(id -> Arbitraries.longs()
                .between(0, Long.MAX_VALUE).map(seq -> ProbeCodec.encode(Probes.probe(id, seq, seq), 100)));
        Arbitrary<byte[]> nearby = Arbitraries.longs().between(0, 200)
                .map(seq -> ProbeCodec.encode(Probes.probe(1, seq, 0), 100));
        return Arbitraries.oneOf(valid, nearby, mutatedProbes(), Arbitraries.bytes().array(byte[].class).ofMaxSize(80),
                Arbitraries.just(new byte[0])).list().ofMaxSize(120);
    }
}
