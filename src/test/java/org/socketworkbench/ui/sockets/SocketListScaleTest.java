package org.socketworkbench.ui.sockets;

import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The socket list's model over a real engine and real loopback clients, without a window: the
 * tree of a server and its connections, the quick filter, "remove closed" (by hand and
 * automatically) and the selection commands.
 */
class SocketListScaleTest {

    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final int CLIENTS = 12;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private final SocketActions actions = new SocketActions(engine, tracker::record, Runnable::run);
    private final SocketListModel model = new SocketListModel(tracker, actions);
    private final List<SocketChannel> clients = new ArrayList<>();
    private TreeItem<SocketEntry> server;
    private int port;

    @BeforeEach
    void serverWithClientsAndAUdpSocket() throws IOException {
        engine.addObserver(tracker);
        actions.openTcpServer("127.0.0.1", 0, 128, true);
        actions.openUdp(new UdpSetup("127.0.0.1", 0, 0, false, null));
        awaitModel(() -> top().size() == 2 && top().getFirst().getValue().row().status() == SocketStatus.LISTENING);
        server = top().getFirst();
        String local = server.getValue().row().local();
        port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        for (int i = 0; i < CLIENTS; i++) {
            connectClient();
        }
        awaitModel(() -> connectedChildren() == CLIENTS);
    }

    @AfterEach
    void close() throws IOException {
        for (SocketChannel client : clients) {
            client.close();
        }
        engine.close();
    }

    @Test
    void connectionsSitUnderTheirServerInIdOrderAndTheUdpSocketAfterIt() {
        assertEquals(SocketRole.TCP_SERVER, server.getValue().row().role());
        assertEquals(SocketRole.UDP, top().get(1).getValue().row().role());
        List<Integer> ids = server.getChildren().stream().map(i -> i.getValue().id()).toList();
        assertEquals(ids.stream().sorted().toList(), ids);
        assertEquals((CLIENTS + 2) + " sockets", model.summaryProperty().get());
    }

    @Test
    void theFilterShowsMatchingConnectionsUnderTheirServerAndFollowsNewOnes() throws IOException {
        SocketRow one = server.getChildren().get(3).getValue().row();
        String peerPort = one.peer().substring(one.peer().lastIndexOf(':') + 1);
        model.filterTextProperty().set(":" + peerPort);
        assertEquals(1, top().size(), "only the server of the matching connection");
        assertEquals(List.of(one.id()), server.getChildren().stream().map(i -> i.getValue().id()).toList());
        assertEquals("2 of " + (CLIENTS + 2) + " shown", model.summaryProperty().get());

        model.filterTextProperty().set("udp");
        assertEquals(List.of(SocketRole.UDP), top().stream().map(i -> i.getValue().row().role()).toList());

        model.filterTextProperty().set("connection 127.0.0.1");
        connectClient();
        awaitModel(() -> server.getChildren().size() == CLIENTS + 1);
        model.filterTextProperty().set("closed");
        assertTrue(top().isEmpty(), "nothing is closed yet");
        connectClient();
        clients.getFirst().close();
        awaitModel(() -> closedChildren() == 1 && model.summaryProperty().get().endsWith(" of " + (CLIENTS + 4) + " shown"));
        assertEquals("2 of " + (CLIENTS + 4) + " shown", model.summaryProperty().get(),
                "the new connection does not match; the closed one does");
        assertTrue(server.getChildren().getFirst().getValue().row().status().peerGone(),
                "a connection that closes while filtering shows up");

        model.filterTextProperty().set("");
        assertEquals(2, top().size());
        assertEquals(CLIENTS + 2, server.getChildren().size());
    }

    @Test
    void removeClosedDestroysTheClosedConnectionsOnly() throws IOException {
        for (SocketChannel client : clients.subList(0, 5)) {
            client.close();
        }
        awaitModel(() -> closedChildren() == 5);
        model.removeClosed();
        awaitModel(() -> server.getChildren().size() == CLIENTS - 5);
        assertEquals(0, closedChildren());
        assertEquals(SocketStatus.LISTENING, server.getValue().row().status(), "the server stays");
        assertEquals(CLIENTS - 5 + 2, tracker.rows().size(), "the engine destroyed them");
    }

    @Test
    void autoRemoveDestroysConnectionsAsTheyCloseAndThoseClosedBefore() throws IOException {
        clients.get(0).close();
        awaitModel(() -> closedChildren() == 1);
        model.autoRemoveClosedProperty().set(true);
        awaitModel(() -> server.getChildren().size() == CLIENTS - 1);
        clients.get(1).close();
        clients.get(2).close();
        awaitModel(() -> server.getChildren().size() == CLIENTS - 3);
        assertEquals(0, closedChildren());
    }

    @Test
    void theSelectionCommandsActOnEverySelectedSocket() {
        List<Integer> first = server.getChildren().subList(0, 3).stream().map(i -> i.getValue().id()).toList();
        List<Integer> next = server.getChildren().subList(3, 7).stream().map(i -> i.getValue().id()).toList();
        model.setSelection(next);
        model.disconnectSelected();
        awaitModel(() -> closedChildren() == next.size());
        model.setSelection(first);
        model.destroySelected();
        awaitModel(() -> server.getChildren().size() == CLIENTS - first.size());
        assertTrue(server.getChildren().stream().noneMatch(i -> first.contains(i.getValue().id())));
    }

    private void connectClient() throws IOException {
        clients.add(SocketChannel.open(new InetSocketAddress("127.0.0.1", port)));
    }

    private List<TreeItem<SocketEntry>> top() {
        return model.root().getChildren();
    }

    private long connectedChildren() {
        return server.getChildren().stream().filter(i -> i.getValue().row().status() == SocketStatus.CONNECTED).count();
    }

    private long closedChildren() {
        // The workbench keeps its write side open after the peer's FIN, so a closed client shows as
        // "peer closed its side" until the connection is destroyed.
        return server.getChildren().stream().filter(i -> i.getValue().row().status().peerGone()).count();
    }

    /** Refreshes the model as the pulse would until the condition holds. */
    private void awaitModel(BooleanSupplier condition) {
        Eventually.await(WAIT, () -> {
            model.refresh();
            return condition.getAsBoolean();
        }, () -> model.root().getChildren().stream()
                .map(i -> i.getValue() + " children " + i.getChildren().stream().map(TreeItem::getValue).toList())
                .toList().toString());
    }
}
