package org.socketworkbench.ui.composer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.TrafficCapture;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Send again" from a traffic row over a real engine: a payload a TCP client sent comes back to
 * it on the same connection or goes to another connection; a datagram goes back to its sender.
 */
class PayloadReuseTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Queue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final Executor fx = handedOver::add;
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private final TrafficCapture capture = new TrafficCapture();
    private final SocketActions actions = new SocketActions(engine, tracker::record, fx);
    private final ComposerModel composer = new ComposerModel(actions, fx, List.of(), presets -> { });
    private final PayloadReuse reuse = new PayloadReuse(composer, actions, tracker, fx, () -> null);

    PayloadReuseTest() {
        engine.addObserver(tracker);
        engine.addObserver(capture);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aTcpPayloadGoesAgainOnItsConnectionOrOnAnother() throws IOException {
        actions.openTcpServer("127.0.0.1", 0, 128, true);
        SocketRow server = awaitRow(r -> r.role() == SocketRole.TCP_SERVER && r.status() == SocketStatus.LISTENING);
        assertFalse(SendAgain.canSend(server), "a listening socket cannot send");
        InetSocketAddress address = new InetSocketAddress("127.0.0.1", port(server.local()));
        try (SocketChannel first = SocketChannel.open(address); SocketChannel second = SocketChannel.open(address)) {
            first.write(ByteBuffer.wrap("ping\r\n".getBytes(StandardCharsets.US_ASCII)));
            CapturedPayload ping = awaitPayload(p -> p.direction() == Direction.IN && p.length() == 6);
            SocketRow own = tracker.row(ping.socketId());
            SocketRow other = awaitRow(r -> r.role() == SocketRole.TCP_ACCEPTED && r.id() != own.id()
                    && r.status() == SocketStatus.CONNECTED);
            assertTrue(SendAgain.canSend(own));

            assertTrue(reuse.send(ping, own));
            assertEquals("ping\r\n", read(first, 6));
            // Each send reports when it completes: wait for the first, or its report may come last.
            awaitStatus(Texts.get("composer.again.sent", 6, own.id()));
            assertTrue(reuse.send(ping, other));
            assertEquals("ping\r\n", read(second, 6));
            awaitStatus(Texts.get("composer.again.sent", 6, other.id()));
        }
    }

    @Test
    void aDatagramGoesBackToItsSenderFromAnUnconnectedSocket() throws IOException {
        actions.openUdp(new UdpSetup("127.0.0.1", 0, 0, false, null));
        SocketRow udp = awaitRow(r -> r.role() == SocketRole.UDP && r.status() == SocketStatus.BOUND);
        try (DatagramChannel peer = DatagramChannel.open()) {
            peer.bind(new InetSocketAddress("127.0.0.1", 0));
            peer.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), new InetSocketAddress("127.0.0.1", port(udp.local())));
            CapturedPayload datagram = awaitPayload(p -> p.direction() == Direction.IN && p.socketId() == udp.id());
            assertTrue(reuse.send(datagram, tracker.row(udp.id())));
            ByteBuffer back = ByteBuffer.allocate(16);
            peer.configureBlocking(true);
            peer.socket().setSoTimeout((int) WAIT.toMillis());
            peer.receive(back);
            assertEquals(3, back.position());
            assertEquals(2, back.get(1));
        }
    }

    private SocketRow awaitRow(Predicate<SocketRow> wanted) {
        Eventually.await(WAIT, () -> tracker.rows().stream().anyMatch(wanted), () -> tracker.rows().toString());
        return tracker.rows().stream().filter(wanted).findFirst().orElseThrow();
    }

    private CapturedPayload awaitPayload(Predicate<CapturedPayload> wanted) {
        Eventually.await(WAIT, () -> capture.snapshot().stream().anyMatch(wanted), () -> capture.snapshot().toString());
        return capture.snapshot().stream().filter(wanted).findFirst().orElseThrow();
    }

    private void awaitStatus(String status) {
        Eventually.await(WAIT, () -> {
            for (Runnable next; (next = handedOver.poll()) != null; ) {
                next.run();
            }
            return composer.statusProperty().get().equals(status);
        }, () -> composer.statusProperty().get());
    }

    private static String read(SocketChannel channel, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // a blocking read returns what has arrived; the connection stays open
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII);
    }

    private static int port(String endpoint) {
        return Integer.parseInt(endpoint.substring(endpoint.lastIndexOf(':') + 1));
    }
}
