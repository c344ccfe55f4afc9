package org.socketworkbench.ui.composer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A TCP server's composer over a real engine and real loopback clients: it sends to all of the
 * server's connections or to one chosen connection, and shows how many there are.
 */
class ComposerRecipientsTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int CLIENTS = 5;

    /** Stands in for the FX thread: what the model hands over runs when the test drains it. */
    private final Queue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final Executor fx = handedOver::add;
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private final SocketActions actions = new SocketActions(engine, tracker::record, fx);
    private final ComposerModel model = new ComposerModel(actions, fx, List.of(), presets -> { }, tracker::connectionsOf);
    private final List<SocketChannel> clients = new ArrayList<>();
    private SocketRow server;

    @BeforeEach
    void serverWithClients() throws IOException {
        engine.addObserver(tracker);
        actions.openTcpServer("127.0.0.1", 0, 128, true);
        await(() -> tracker.rows().stream().anyMatch(r -> r.role() == SocketRole.TCP_SERVER
                && r.status() == SocketStatus.LISTENING));
        server = tracker.rows().stream().filter(r -> r.role() == SocketRole.TCP_SERVER).findFirst().orElseThrow();
        model.targetProperty().set(server);
    }

    @AfterEach
    void close() throws IOException {
        for (SocketChannel client : clients) {
            client.close();
        }
        engine.close();
    }

    @Test
    void aServerWithoutConnectionsHasNobodyToSendTo() {
        assertTrue(model.serverTarget());
        assertEquals(Recipient.ALL, model.recipientProperty().get(), "all connections is the default");
        assertEquals(0, model.connectionCountProperty().get());
        assertEquals("Server " + server.id() + " has no connections to send to", model.problemProperty().get());
    }

    @Test
    void allConnectionsGetThePayloadAndTheCountFollowsTheConnections() throws IOException {
        connectClients();
        assertEquals(CLIENTS + 1, model.recipients().size(), "all, then each connection");
        assertEquals("", model.problemProperty().get());
        model.textProperty().set("hello all");
        assertTrue(model.send());
        await(() -> !model.sendingProperty().get());
        assertEquals("sent 9 bytes to 5 connections (5 sends)", model.statusProperty().get());
        for (SocketChannel client : clients) {
            assertEquals("hello all", read(client, 9));
        }

        clients.removeFirst().close();
        await(() -> model.connectionCountProperty().get() == CLIENTS - 1);
        assertEquals(CLIENTS, model.recipients().size());
    }

    @Test
    void oneChosenConnectionGetsItAlone() throws IOException {
        connectClients();
        Recipient third = model.recipients().get(3);
        assertFalse(third.isAll());
        model.recipientProperty().set(third);
        model.textProperty().set("just you");
        assertTrue(model.send());
        await(() -> !model.sendingProperty().get());
        SocketChannel chosen = clientOf(third);
        assertEquals("just you", read(chosen, 8));
        for (SocketChannel other : clients) {
            if (other != chosen) {
                assertEquals(0, other.read(ByteBuffer.allocate(16)), "nothing for the others");
            }
        }

        chosen.close();
        clients.remove(chosen);
        await(() -> model.connectionCountProperty().get() == CLIENTS - 1);
        assertNull(model.recipientProperty().get(), "a connection that went away is not replaced by all");
        assertTrue(model.problemProperty().get().startsWith("Choose a connection of server"));
    }

    private void connectClients() throws IOException {
        String local = server.local();
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        for (int i = 0; i < CLIENTS; i++) {
            SocketChannel client = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            client.setOption(StandardSocketOptions.TCP_NODELAY, true);
            clients.add(client);
        }
        await(() -> model.connectionCountProperty().get() == CLIENTS);
        for (SocketChannel client : clients) {
            client.configureBlocking(false);
        }
    }

    /** The client whose local port is the chosen connection's peer port. */
    private SocketChannel clientOf(Recipient recipient) throws IOException {
        String peer = tracker.row(recipient.socketId()).peer();
        int port = Integer.parseInt(peer.substring(peer.lastIndexOf(':') + 1));
        for (SocketChannel client : clients) {
            if (((InetSocketAddress) client.getLocalAddress()).getPort() == port) {
                return client;
            }
        }
        throw new AssertionError("no client on port " + port);
    }

    private String read(SocketChannel client, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        Eventually.await(WAIT, () -> {
            try {
                return client.read(buffer) < 0 || !buffer.hasRemaining();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, () -> buffer.position() + " bytes read");
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    /** Runs what was handed to the "FX thread" and refreshes as the pulse would, until the condition holds. */
    private void await(BooleanSupplier condition) {
        Eventually.await(WAIT, () -> {
            for (Runnable next; (next = handedOver.poll()) != null; ) {
                next.run();
            }
            model.refreshConnections();
            return condition.getAsBoolean();
        }, () -> "status " + model.statusProperty().get() + ", problem " + model.problemProperty().get()
                + ", connections " + model.connectionCountProperty().get());
    }
}
