package org.socketworkbench.multicast;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Probe senders and a receiver in one process, on {@code lo} with TTL 0 (nothing leaves the
 * host): the roster counts exactly what was sent, gaps, duplicates and foreign datagrams.
 */
class ProbeOverLoopbackTest {

    private static final String LO = "lo";
    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);
    private final LongSupplier clock = ProbeClock.system();
    private final ClockDomain clocks = new ClockDomain("test-host", false);
    private final Roster roster = new Roster(clock, clocks);
    private final GroupAddress group = GroupAddress.parse("239.255.42.1:45123");
    private final Channel channel = new Channel(group, LO);

    @AfterEach
    void close() {
        engine.close();
    }

    private ProbeReceiver receiver() throws Exception {
        return ProbeReceiver.open(engine, channel, roster).get(10, TimeUnit.SECONDS);
    }

    /** A sending socket on lo with TTL 0, driven by hand so the test chooses every sequence number. */
    private int senderSocket() {
        int id = sync.create("udp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setMulticastInterface(id, LO, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setMulticastTimeToLive(id, 0, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.bind(id, "127.0.0.1", 0, cb)));
        return id;
    }

    private void send(int socketId, byte[] datagram) {
        WriteInfo written = sync.value((Callback<WriteInfo> cb) ->
                engine.sendTo(socketId, datagram, "239.255.42.1", group.port(), cb));
        assertEquals(datagram.length, written.bytesWritten());
    }

    private ProbeStream stream(String name) {
        long id = ProbeStream.newSenderId();
        return new ProbeStream(id, name, group.toSocketAddress(), 0, new ProbeRate(1_000_000), 100, clock);
    }

    private SenderSnapshot senderNamed(String name) {
        return roster.snapshot().senders().stream().filter(s -> s.hostName().equals(name)).findFirst().orElse(null);
    }

    private void awaitReceived(String name, long packets) {
        Eventually.await(Duration.ofSeconds(10), () -> {
            SenderSnapshot s = senderNamed(name);
            return s != null && s.counts().received() + s.counts().duplicates() >= packets;
        }, () -> RosterTable.format(roster.snapshot()));
    }

    @Test
    void twoSendersAreListedWithExactCountsAndNoLoss() throws Exception {
        try (ProbeReceiver ignored = receiver()) {
            ProbeSender a = ProbeSender.open(engine, group, LO, 0, true, stream("alpha"), new ProbeRate(200_000), clock)
                    .get(10, TimeUnit.SECONDS);
            ProbeSender b = ProbeSender.open(engine, group, LO, 0, true, stream("beta"), new ProbeRate(200_000), clock)
                    .get(10, TimeUnit.SECONDS);
            a.start();
            b.start();
            Eventually.await(Duration.ofSeconds(10), () -> a.sent() >= 100 && b.sent() >= 100, () -> a.sent() + "/" + b.sent());
            a.close();
            b.close();
            long sentA = a.sent();
            long sentB = b.sent();
            awaitReceived("alpha", sentA);
            awaitReceived("beta", sentB);
            assertEquals(sentA, senderNamed("alpha").counts().received());
            assertEquals(sentB, senderNamed("beta").counts().received());
            assertEquals(0, senderNamed("alpha").counts().lost());
            assertEquals(0, senderNamed("beta").counts().lost());
            assertEquals(2, roster.snapshot().senders().size());
        }
    }

    @Test
    void skippedSequenceNumbersShowAsGapsAndLoss() throws Exception {
        try (ProbeReceiver ignored = receiver()) {
            int socket = senderSocket();
            ProbeStream stream = stream("skipper");
            List<byte[]> probes = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                probes.add(stream.next());
            }
            for (int seq : new int[] {0, 1, 2, 5, 6, 9}) {
                send(socket, probes.get(seq));
            }
            awaitReceived("skipper", 6);
            SequenceCounts counts = senderNamed("skipper").counts();
            assertEquals(6, counts.received());
            assertEquals(4, counts.lost());
            assertEquals(2, counts.gaps());
        }
    }

    @Test
    void aDuplicatedProbeIsCountedOnceAsDuplicate() throws Exception {
        try (ProbeReceiver ignored = receiver()) {
            int socket = senderSocket();
            ProbeStream stream = stream("doubler");
            byte[] first = stream.next();
            byte[] second = stream.next();
            send(socket, first);
            send(socket, second);
            send(socket, second);
            awaitReceived("doubler", 3);
            SequenceCounts counts = senderNamed("doubler").counts();
            assertEquals(2, counts.received());
            assertEquals(1, counts.duplicates());
            assertEquals(0, counts.lost());
        }
    }

    @Test
    void foreignDatagramsAreCountedAsForeign() throws Exception {
        try (ProbeReceiver ignored = receiver()) {
            int socket = senderSocket();
            send(socket, "not a probe".getBytes());
            send(socket, new byte[] {1, 2, 3});
            Eventually.await(Duration.ofSeconds(10), () -> foreignPackets() >= 2, () -> RosterTable.format(roster.snapshot()));
            assertEquals(2, foreignPackets());
            assertEquals(0, roster.snapshot().senders().size());
        }
    }

    private long foreignPackets() {
        return roster.snapshot().channels().stream().mapToLong(c -> c.foreign().packets()).sum();
    }
}
