package org.socketworkbench.relay;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.ClockDomain;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.ProbeClock;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.ProbeReceiver;
import org.socketworkbench.multicast.ProbeSender;
import org.socketworkbench.multicast.ProbeStream;
import org.socketworkbench.multicast.Roster;
import org.socketworkbench.multicast.RosterTable;
import org.socketworkbench.multicast.SequenceCounts;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Multicast through the UDP relay, on {@code lo} with TTL 0 (nothing leaves the host): a probe
 * sender to one group, the relay joined to it forwarding to a second group with 10 % drop, and
 * a probe receiver on the second group whose roster shows exactly the datagrams the relay dropped.
 */
class MulticastRelayTest {

    private static final String LO = "lo";
    private static final GroupAddress IN = GroupAddress.parse("239.255.42.7:45201");
    private static final GroupAddress OUT = GroupAddress.parse("239.255.42.8:45202");
    private static final int PROBES = 300;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final LongSupplier clock = ProbeClock.system();
    private final Roster roster = new Roster(clock, new ClockDomain("relay-test", false));

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theRosterBehindTheRelayShowsTheConfiguredLoss() throws Exception {
        RelayEndpoints endpoints = new RelayEndpoints(RelayProtocol.UDP, "239.255.42.7", IN.port(), "239.255.42.8",
                OUT.port(), LO, 0);
        try (ProbeReceiver receiver = ProbeReceiver.open(engine, new Channel(OUT, LO), roster).get(10, TimeUnit.SECONDS);
             Relay relay = Relay.create(engine, endpoints, RelaySettings.both(Impairments.builder().drop(10).build(), 21),
                     RelayListener.NONE)) {
            assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
            ProbeStream stream = new ProbeStream(ProbeStream.newSenderId(), "sender", IN.toSocketAddress(), 0,
                    new ProbeRate(500_000), 100, clock);
            ProbeSender sender = ProbeSender.open(engine, IN, LO, 0, true, stream, new ProbeRate(500_000), clock)
                    .get(10, TimeUnit.SECONDS);
            sender.start();
            Eventually.await(Duration.ofSeconds(20), () -> sender.sent() >= PROBES, () -> sender.sent() + " sent");
            sender.close();
            long sent = sender.sent();
            Eventually.await(Duration.ofSeconds(10), () -> !relay.conversations().isEmpty() && relay.conversations()
                    .getFirst().stats(RelayDirection.CLIENT_TO_SERVER).messagesIn() == sent,
                    () -> relay.conversations().isEmpty() ? "no flow" : "relayed "
                            + relay.conversations().getFirst().stats(RelayDirection.CLIENT_TO_SERVER).messagesIn());
            long dropped = relay.conversations().getFirst().stats(RelayDirection.CLIENT_TO_SERVER).dropped();
            Eventually.await(Duration.ofSeconds(10), () -> !roster.snapshot().senders().isEmpty()
                    && roster.snapshot().senders().getFirst().counts().received() == sent - dropped,
                    () -> "dropped " + dropped + " of " + sent + "\n" + RosterTable.format(roster.snapshot()));
            SequenceCounts counts = roster.snapshot().senders().getFirst().counts();
            assertTrue(dropped >= sent / 20 && dropped <= sent * 3 / 20, dropped + " of " + sent + " dropped at 10 %");
            // a drop after the last probe that arrived is invisible to a receiver: at most a few
            assertTrue(counts.lost() <= dropped && counts.lost() >= dropped - 3,
                    "roster lost " + counts.lost() + ", relay dropped " + dropped);
        }
    }
}
