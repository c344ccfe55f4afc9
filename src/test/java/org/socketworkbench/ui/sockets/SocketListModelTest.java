package org.socketworkbench.ui.sockets;

import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.sockets.SocketTracker;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The socket tree fed with engine events through the tracker, refreshed by hand (no window). */
class SocketListModelTest {

    private final SocketTracker tracker = new SocketTracker(() -> 0L);
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketListModel model = new SocketListModel(tracker,
            new SocketActions(engine, outcome -> { }, Runnable::run));

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void serversComeFirstWithTheirConnectionsBeneathThenTheOthersInIdOrder() {
        event(4, SocketKind.UDP, SocketState.BOUND, 0);
        event(2, SocketKind.TCP, SocketState.CONNECTED, 0);
        event(3, SocketKind.TCP, SocketState.LISTENING, 0);
        event(5, SocketKind.TCP, SocketState.CONNECTED, 3);
        event(1, SocketKind.TCP, SocketState.LISTENING, 0);
        assertTrue(model.root().getChildren().isEmpty(), "nothing shows before a refresh");
        model.refresh();
        assertEquals(List.of(1, 3, 2, 4), ids(model.root()));
        assertEquals(List.of(5), ids(item(3)));
        assertTrue(item(3).isExpanded());
    }

    @Test
    void aRefreshAppliesOnlyWhatChangedAndKeepsTheItems() {
        event(1, SocketKind.TCP, SocketState.CONNECTING, 0);
        model.refresh();
        TreeItem<SocketEntry> before = item(1);
        event(1, SocketKind.TCP, SocketState.CONNECTED, 0);
        model.refresh();
        assertSame(before, item(1), "the row is updated in place");
        assertEquals(SocketStatus.CONNECTED, item(1).getValue().row().status());
        model.refresh();
        assertEquals(List.of(1), ids(model.root()));
    }

    @Test
    void theSelectionFollowsItsRowAndIsClearedWhenTheSocketGoes() {
        event(7, SocketKind.UDP, SocketState.FRESH, 0);
        model.refresh();
        model.select(item(7).getValue().row());
        event(7, SocketKind.UDP, SocketState.BOUND, 0);
        model.refresh();
        assertEquals(SocketStatus.BOUND, model.selectedProperty().get().status(), "the selected row is the current one");
        event(7, SocketKind.UDP, SocketState.DESTROYED, 0);
        model.refresh();
        assertNull(model.selectedProperty().get());
        assertTrue(model.root().getChildren().isEmpty());
    }

    @Test
    void connectionsOfADestroyedServerMoveToTheTopLevel() {
        event(1, SocketKind.TCP, SocketState.LISTENING, 0);
        event(2, SocketKind.TCP, SocketState.CONNECTED, 1);
        event(3, SocketKind.TCP, SocketState.CONNECTED, 1);
        model.refresh();
        assertEquals(List.of(2, 3), ids(item(1)));
        event(1, SocketKind.TCP, SocketState.DESTROYED, 0);
        model.refresh();
        assertEquals(List.of(2, 3), ids(model.root()));
    }

    @Test
    void adoptedSocketsSitUnderTheirAdopterBesideItsConnections() {
        model.adoptParents(id -> id == 3 ? 1 : -1);
        event(1, SocketKind.TCP, SocketState.LISTENING, 0);
        event(2, SocketKind.TCP, SocketState.CONNECTED, 1);
        event(3, SocketKind.TCP, SocketState.CONNECTED, 0);
        model.refresh();
        assertEquals(List.of(1), ids(model.root()));
        assertEquals(List.of(2, 3), ids(item(1)));
    }

    @Test
    void aBatchOfNewSocketsIsOneListChangeAndStateChangesAreNoneButReachTheEntries() {
        List<Integer> changes = new java.util.ArrayList<>();
        model.root().getChildren().addListener((javafx.collections.ListChangeListener<TreeItem<SocketEntry>>) c ->
                changes.add(1));
        for (int id = 1; id <= 50; id++) {
            event(id, SocketKind.UDP, SocketState.FRESH, 0);
        }
        model.refresh();
        assertEquals(1, changes.size(), "50 new sockets: one change of the tree's children");
        assertEquals(50, model.root().getChildren().size());

        SocketEntry entry = item(7).getValue();
        List<SocketRow> seen = new java.util.ArrayList<>();
        entry.rowProperty().addListener((obs, old, now) -> seen.add(now));
        changes.clear();
        for (int id = 1; id <= 50; id++) {
            event(id, SocketKind.UDP, SocketState.BOUND, 0);
        }
        model.refresh();
        assertEquals(List.of(), changes, "a changed state leaves the tree's children alone");
        assertSame(entry, item(7).getValue(), "the item keeps its entry");
        assertEquals(1, seen.size(), "the entry's row changed once");
        assertEquals(SocketStatus.BOUND, seen.getFirst().status());

        for (int id = 1; id <= 50; id += 2) {
            tracker.socketChanged(new SocketEvent(0, id, SocketKind.UDP, SocketState.DESTROYED, 0, "127.0.0.1",
                    5000 + id, null, 0, "test", 0, List.of()));
        }
        model.refresh();
        assertEquals(1, changes.size(), "25 destroyed sockets: one change");
        assertEquals(25, model.root().getChildren().size());
    }

    private void event(int id, SocketKind kind, SocketState state, int parent) {
        tracker.socketChanged(new SocketEvent(0, id, kind, state, parent, "127.0.0.1", 5000 + id,
                parent == 0 ? null : "127.0.0.1", parent == 0 ? 0 : 6000, "test", 0, List.of()));
    }

    private TreeItem<SocketEntry> item(int id) {
        return find(model.root(), id);
    }

    private static TreeItem<SocketEntry> find(TreeItem<SocketEntry> parent, int id) {
        for (TreeItem<SocketEntry> child : parent.getChildren()) {
            if (child.getValue().id() == id) {
                return child;
            }
            TreeItem<SocketEntry> below = find(child, id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static List<Integer> ids(TreeItem<SocketEntry> parent) {
        return parent.getChildren().stream().map(child -> child.getValue().id()).toList();
    }
}
