package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.testing.Eventually;

import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The UDP relay: flows per client, replies find their way back, and a seed repeats the losses exactly. */
class UdpRelayTest {

    private static final int DATAGRAMS = 400;

    private final SocketEngine engine = SocketEngine.builder().build();

    @AfterEach
    void close() {
        engine.close();
    }

    private Relay start(int targetPort, RelaySettings settings) throws Exception {
        Relay relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.UDP, "127.0.0.1", 0, "127.0.0.1",
                targetPort), settings, RelayListener.NONE);
        assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
        return relay;
    }

    @Test
    void aDatagramAndItsReplyCrossTheRelay() throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             Relay relay = start(server.getLocalPort(), RelaySettings.none())) {
            server.setSoTimeout(10_000);
            client.setSoTimeout(10_000);
            client.send(new DatagramPacket(new byte[] {1, 2, 3}, 3,
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.listenPort())));
            DatagramPacket request = new DatagramPacket(new byte[100], 100);
            server.receive(request);
            assertEquals(3, request.getLength());
            server.send(new DatagramPacket(new byte[] {9}, 1, request.getSocketAddress()));
            DatagramPacket reply = new DatagramPacket(new byte[100], 100);
            client.receive(reply);
            assertArrayEquals(new byte[] {9}, java.util.Arrays.copyOf(reply.getData(), reply.getLength()));
            assertEquals(relay.listenPort(), reply.getPort(), "the reply comes from the relay");
            Conversation flow = relay.conversations().getFirst();
            assertEquals(client.getLocalPort(), flow.clientPort());
            Eventually.await(Duration.ofSeconds(10), () -> flow.stats(RelayDirection.SERVER_TO_CLIENT).messagesOut() == 1,
                    () -> "the reply was not counted");
        }
    }

    @Test
    void aFlowWithoutDatagramsForTheIdleTimeExpiresAndANewDatagramOpensANewOne() throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             Relay relay = Relay.udp(engine, new RelayEndpoints(RelayProtocol.UDP, "127.0.0.1", 0, "127.0.0.1",
                     server.getLocalPort()), RelaySettings.none(), Duration.ofMillis(300), RelayListener.NONE)) {
            assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
            server.setSoTimeout(10_000);
            InetSocketAddress relayAddress = new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.listenPort());
            client.send(new DatagramPacket(new byte[] {1}, 1, relayAddress));
            server.receive(new DatagramPacket(new byte[10], 10));
            Conversation first = relay.conversations().getFirst();
            Eventually.await(Duration.ofSeconds(10), () -> first.state() == Conversation.State.CLOSED,
                    () -> "the flow did not expire: " + first.state());
            assertEquals(Texts.get(RelayMessages.IDLE), first.reason());
            assertTrue(first.durationNanos() >= Duration.ofMillis(300).toNanos(), "not before the idle time");

            client.send(new DatagramPacket(new byte[] {2}, 1, relayAddress));
            DatagramPacket again = new DatagramPacket(new byte[10], 10);
            server.receive(again);
            assertEquals(2, again.getData()[0]);
            assertEquals(2, relay.conversations().size(), "a new flow for the same client");
        }
    }

    @Test
    void dropTenPercentWithASeedDropsExactlyTheSameDatagramsOnASecondRun() throws Exception {
        Impairments drop = Impairments.builder().drop(10).build();
        Set<Integer> first = arrivals(RelaySettings.both(drop, 1234));
        Set<Integer> second = arrivals(RelaySettings.both(drop, 1234));
        Set<Integer> otherSeed = arrivals(RelaySettings.both(drop, 1235));
        int dropped = DATAGRAMS - first.size();
        assertTrue(dropped >= 20 && dropped <= 65, dropped + " of " + DATAGRAMS + " dropped at 10 %");
        assertEquals(first, second);
        assertNotEquals(first, otherSeed, "another seed drops others");
    }

    /** Sends DATAGRAMS numbered datagrams through a fresh relay; the numbers that arrived. */
    private Set<Integer> arrivals(RelaySettings settings) throws Exception {
        try (DatagramSocket server = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             DatagramSocket client = new DatagramSocket(0, InetAddress.getLoopbackAddress());
             Relay relay = start(server.getLocalPort(), settings)) {
            server.setReceiveBufferSize(1 << 20);
            InetSocketAddress to = new InetSocketAddress(InetAddress.getLoopbackAddress(), relay.listenPort());
            for (int i = 0; i < DATAGRAMS; i++) {
                client.send(new DatagramPacket(ByteBuffer.allocate(4).putInt(i).array(), 4, to));
                if (i % 50 == 49) {
                    // pacing the sender in bursts (not waiting for anything), so no socket buffer overflows
                    java.util.concurrent.locks.LockSupport.parkNanos(5_000_000L);
                }
            }
            Eventually.await(Duration.ofSeconds(20), () -> !relay.conversations().isEmpty()
                            && relay.conversations().getFirst().stats(RelayDirection.CLIENT_TO_SERVER).messagesIn() == DATAGRAMS,
                    () -> relay.conversations().toString());
            DirectionStats stats = relay.conversations().getFirst().stats(RelayDirection.CLIENT_TO_SERVER);
            long expected = DATAGRAMS - stats.dropped();
            Set<Integer> seen = new TreeSet<>();
            server.setSoTimeout(10_000);
            DatagramPacket packet = new DatagramPacket(new byte[16], 16);
            try {
                while (seen.size() < expected) {
                    server.receive(packet);
                    seen.add(ByteBuffer.wrap(packet.getData(), 0, 4).getInt());
                }
            } catch (SocketTimeoutException e) {
                throw new AssertionError("only " + seen.size() + " of " + expected + " arrived", e);
            }
            return seen;
        }
    }
}
