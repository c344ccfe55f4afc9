package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.FakeClock.SECOND;

class RosterTest {

    private final FakeClock clock = new FakeClock(1_000 * SECOND);
    private final ClockDomain clocks = new ClockDomain("here", false);
    private final Roster roster = new Roster(clock, clocks);

    @Test
    void foreignDatagramsAreCountedAsForeignNotRejected() {
        byte[] text = "hello".getBytes(StandardCharsets.US_ASCII);
        roster.record(Probes.CHANNEL, text, "10.0.0.9", 1234);
        roster.record(Probes.CHANNEL, text, "10.0.0.9", 1234);
        byte[] future = Probes.bytes(1, 0);
        future[4] = 3;
        roster.record(Probes.CHANNEL, future, "10.0.0.8", 99);

        ChannelSnapshot channel = roster.snapshot().channels().getFirst();
        assertEquals(List.of(), channel.senders());
        assertEquals(3, channel.foreign().packets());
        assertEquals(5 + 5 + 100, channel.foreign().bytes());
        assertEquals(List.of(
                new ForeignSource("10.0.0.9", 1234, 2, 10, "5 bytes that do not start with SWPR"),
                new ForeignSource("10.0.0.8", 99, 1, 100, "probe version 3, this build reads version 1")),
                channel.foreign().sources());
    }

    @Test
    void aDuplicatedProbeIsCountedOnceAsADuplicate() {
        byte[] probe = Probes.bytes(1, 0);
        roster.record(Probes.CHANNEL, probe, "127.0.0.1", 4000);
        clock.advance(MS);
        roster.record(Probes.CHANNEL, probe, "127.0.0.1", 4000);
        SequenceCounts counts = roster.snapshot().senders().getFirst().counts();
        assertEquals(2, counts.packets());
        assertEquals(1, counts.received());
        assertEquals(1, counts.duplicates());
        assertEquals(0, counts.lost());
    }

    @Test
    void aSenderThatSkipsSequenceNumbersShowsTheRightGaps() {
        for (long seq : new long[] {0, 1, 3, 4, 7, 8, 9, 20}) {
            clock.advance(10 * MS);
            roster.record(Probes.CHANNEL, Probes.bytes(1, seq), "127.0.0.1", 4000);
        }
        SequenceCounts counts = roster.snapshot().senders().getFirst().counts();
        assertEquals(3, counts.gaps());
        assertEquals(21 - 8, counts.lost());
    }

    @Test
    void eachSenderIdIsItsOwnRowSoARestartedSenderIsANewRow() {
        roster.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 4000);
        roster.record(Probes.CHANNEL, Probes.bytes(1, 1), "127.0.0.1", 4000);
        roster.record(Probes.CHANNEL, Probes.bytes(2, 0), "127.0.0.1", 4000);
        Channel otherAdapter = new Channel(Probes.GROUP, "eth1");
        roster.record(otherAdapter, Probes.bytes(1, 0), "127.0.0.1", 4000);

        RosterSnapshot snapshot = roster.snapshot();
        assertEquals(List.of(Probes.CHANNEL, otherAdapter), snapshot.channels().stream().map(ChannelSnapshot::channel).toList());
        assertEquals(List.of(1L, 2L), snapshot.channels().get(0).senders().stream().map(SenderSnapshot::senderId).toList());
        assertEquals(List.of(2L, 1L, 1L), snapshot.senders().stream().map(s -> s.counts().packets()).toList());
        assertEquals(0, snapshot.senders().getLast().counts().duplicates(), "the same probe on another adapter is no duplicate");
    }

    @Test
    void aWatchedChannelIsListedBeforeAnythingArrives() {
        roster.watch(Probes.CHANNEL);
        ChannelSnapshot channel = roster.snapshot().channels().getFirst();
        assertEquals(Probes.CHANNEL, channel.channel());
        assertTrue(channel.senders().isEmpty());
        assertEquals(0, channel.foreign().packets());
    }

    @Test
    void probesOfSendersBeyondTheLimitCountAsForeign() {
        Roster small = new Roster(clock, clocks, new RosterLimits(64, 10, 100 * MS, 10, SECOND, 10, 2, 1));
        for (long id = 1; id <= 3; id++) {
            small.record(Probes.CHANNEL, Probes.bytes(id, 0), "127.0.0." + id, 4000);
        }
        small.record(Probes.CHANNEL, "x".getBytes(StandardCharsets.US_ASCII), "127.0.0.9", 1);
        ChannelSnapshot channel = small.snapshot().channels().getFirst();
        assertEquals(2, channel.senders().size());
        assertEquals(2, channel.foreign().packets());
        assertEquals(1, channel.foreign().unlistedPackets(), "only one foreign source is listed");
        assertEquals("probe from a new sender, but this channel already tracks 2 senders",
                channel.foreign().sources().getFirst().lastReason());
    }

    @Test
    void latencyIsShownForLocalSendersAndSendersWithOurHostName() {
        long sent = clock.getAsLong();
        clock.advance(2 * MS);
        roster.record(Probes.CHANNEL, ProbeCodec.encode(Probes.probe(1, 0, sent), 100), "127.0.0.1", 1);
        clocks.addLocalSender(2);
        roster.record(Probes.CHANNEL, ProbeCodec.encode(Probes.probe(2, 0, sent), 100), "127.0.0.1", 2);
        ProbePacket fromHere = new ProbePacket(0, 3, 0, sent, 0, Probes.TARGET, 0, "HERE");
        roster.record(Probes.CHANNEL, ProbeCodec.encode(fromHere, 100), "127.0.0.1", 3);

        List<SenderSnapshot> senders = roster.snapshot().senders();
        assertFalse(senders.get(0).latency().isPresent(), "host alpha, not local");
        assertEquals(2 * MS, senders.get(1).latency().orElseThrow().avgNanos());
        assertEquals(2 * MS, senders.get(2).latency().orElseThrow().avgNanos());
        assertTrue(new ClockDomain("", true).sharesClock(Probes.probe(9, 0, 0)));
        assertFalse(new ClockDomain("", false).sharesClock(new ProbePacket(0, 3, 0, 0, 0, Probes.TARGET, 0, "")));
    }

    @Test
    void tickingMakesASilentSenderGrowEmptySlots() {
        roster.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 4000);
        clock.advance(100 * MS);
        roster.tick();
        List<SlotState> strip = roster.snapshot().senders().getFirst().timeline();
        assertEquals(List.of(SlotState.RECEIVED, SlotState.SILENT, SlotState.SILENT, SlotState.SILENT,
                SlotState.SILENT, SlotState.SILENT, SlotState.SILENT, SlotState.SILENT, SlotState.SILENT,
                SlotState.SILENT), strip, "100 ms at 100/s: silent from 20 ms on, one slot per 10 ms");
    }

    @Test
    void aForgottenChannelDisappearsAndStartsAfreshWithoutCountingTheTimeAwayAsLoss() {
        roster.record(Probes.CHANNEL, Probes.bytes(1, 0), "127.0.0.1", 4000);
        roster.forget(Probes.CHANNEL);
        assertEquals(List.of(), roster.snapshot().channels());

        roster.record(Probes.CHANNEL, Probes.bytes(1, 50), "127.0.0.1", 4000);
        SequenceCounts counts = roster.snapshot().senders().getFirst().counts();
        assertEquals(1, counts.received());
        assertEquals(0, counts.lost());
    }

    @Test
    void snapshotsTakenWhileAReceiverWritesAreConsistent() throws Exception {
        Roster shared = new Roster(ProbeClock.system(), clocks);
        int probes = 50_000;
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int seq = 0; seq < probes; seq++) {
                shared.record(Probes.CHANNEL, Probes.bytes(1, seq), "127.0.0.1", 4000);
            }
        });
        while (!writer.isDone()) {
            for (SenderSnapshot sender : shared.snapshot().senders()) {
                SequenceCounts c = sender.counts();
                assertEquals(c.expected(), c.received() + c.lost());
                assertEquals(c.packets(), c.received());
            }
        }
        writer.get(30, TimeUnit.SECONDS);
        assertEquals(probes, shared.snapshot().senders().getFirst().counts().received());
    }
}
