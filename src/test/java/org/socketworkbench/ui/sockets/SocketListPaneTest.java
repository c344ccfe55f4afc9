package org.socketworkbench.ui.sockets;

import javafx.css.PseudoClass;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The socket list's rows follow their socket in place (issue 13): a changed state reaches the
 * visible row and its cells without the tree being handed new items, so the row keeps its entry
 * and the cells their row.
 */
class SocketListPaneTest {

    private final SocketTracker tracker = new SocketTracker(() -> 0L);
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketActions actions = new SocketActions(engine, outcome -> { }, Runnable::run);
    private final SocketListModel model = new SocketListModel(tracker, actions);
    private SocketListPane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountPane() throws Exception {
        fx.mount(() -> pane = new SocketListPane(model,
                new SocketCommands(actions, () -> null, new RecentTargets(List.of(), saved -> { }))), 900, 500);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aChangedStateUpdatesTheVisibleRowInPlace() throws Exception {
        event(1, SocketState.CONNECTING);
        event(2, SocketState.CONNECTING);
        refreshAndLayOut();
        TreeTableRow<?> row = FxThread.call(() -> rowOf(1));
        assertNotNull(row, "socket 1 has a visible row");
        SocketEntry entry = FxThread.call(() -> (SocketEntry) row.getItem());
        assertEquals("connecting", FxThread.call(() -> stateText(row)));

        event(1, SocketState.CONNECTED);
        refreshAndLayOut();
        assertSame(row, FxThread.call(() -> rowOf(1)), "the same row shows the socket");
        assertSame(entry, FxThread.call(row::getItem), "the row keeps its entry");
        assertEquals("connected", FxThread.call(() -> stateText(row)), "the state cell follows the entry's row");
        assertEquals(List.of("socket-connected"), FxThread.call(() -> states(row)), "the row's state style follows too");

        event(1, SocketState.PEER_CLOSED);
        refreshAndLayOut();
        assertEquals(List.of("socket-peer-closed"), FxThread.call(() -> states(row)), "the state before is gone");
    }

    /** The row's socket-state pseudo-classes. */
    private static List<String> states(TreeTableRow<?> row) {
        return row.getPseudoClassStates().stream().map(PseudoClass::getPseudoClassName)
                .filter(name -> name.startsWith("socket-")).toList();
    }

    /** The stylesheet reaches a row through its state's pseudo-class: a socket in error reads in the danger colour. */
    @Test
    void aSocketInErrorReadsInTheDangerColour() throws Exception {
        FxThread.run(() -> {
            pane.getStylesheets().add(SocketListPane.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
            pane.setStyle("-color-danger-fg: #ff0000;");
        });
        event(1, SocketState.CONNECTED);
        tracker.socketChanged(new SocketEvent(0, 2, SocketKind.TCP, SocketState.DISCONNECTED, 0, "127.0.0.1", 5002,
                "127.0.0.1", 6000, "test", -102, List.of()));
        refreshAndLayOut();
        assertEquals(List.of("socket-error"), FxThread.call(() -> states(rowOf(2))));
        assertEquals(Color.RED, FxThread.call(() -> stateCell(rowOf(2)).getTextFill()));
        assertFalse(Color.RED.equals(FxThread.call(() -> stateCell(rowOf(1)).getTextFill())), "a connected row keeps its colour");
    }

    private void refreshAndLayOut() throws Exception {
        FxThread.run(() -> {
            model.refresh();
            pane.applyCss();
            pane.layout();
        });
    }

    private TreeTableRow<?> rowOf(int id) {
        return pane.tree().lookupAll(".tree-table-row-cell").stream()
                .map(node -> (TreeTableRow<?>) node)
                .filter(r -> r.getItem() instanceof SocketEntry e && e.id() == id)
                .findFirst().orElse(null);
    }

    private static String stateText(TreeTableRow<?> row) {
        return stateCell(row).getText();
    }

    private static TreeTableCell<?, ?> stateCell(TreeTableRow<?> row) {
        return row.lookupAll(".tree-table-cell").stream()
                .map(node -> (TreeTableCell<?, ?>) node)
                .filter(cell -> "State".equals(cell.getTableColumn().getText())) // i18n-ok: the English column title under test
                .findFirst().orElseThrow();
    }

    private void event(int id, SocketState state) {
        tracker.socketChanged(new SocketEvent(0, id, SocketKind.TCP, state, 0, "127.0.0.1", 5000 + id,
                "127.0.0.1", 6000, "test", 0, List.of()));
    }
}
