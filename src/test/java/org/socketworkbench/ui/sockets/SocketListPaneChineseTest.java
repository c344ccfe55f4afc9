package org.socketworkbench.ui.sockets;

import javafx.event.Event;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The socket list in Simplified Chinese: with a TCP client and a UDP socket shown, every text of
 * the pane (title, filter, buttons, columns, cells, details) and of each row's menu is free of
 * English words but protocol names, chrome.socket's getInfo, key names and addresses.
 */
class SocketListPaneChineseTest {

    /** Words that stay as they are in every language. */
    private static final Pattern ALLOWED = Pattern.compile("TCP|UDP|TLS|TTL|getInfo|Delete|Shift|Ctrl");

    private final SocketTracker tracker = new SocketTracker(() -> 0L);
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketActions actions = new SocketActions(engine, outcome -> { }, Runnable::run);
    private final SocketListModel model = new SocketListModel(tracker, actions);
    private SocketListPane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountInChinese() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        fx.mount(() -> pane = new SocketListPane(model,
                new SocketCommands(actions, () -> null, new RecentTargets(List.of(), saved -> { }))), 1000, 500);
        event(1, SocketKind.TCP, SocketState.CONNECTED);
        event(2, SocketKind.UDP, SocketState.BOUND);
        FxThread.run(() -> {
            model.refresh();
            pane.applyCss();
            pane.layout();
        });
    }

    @AfterEach
    void close() {
        try {
            engine.close();
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void thePaneAndItsRowsSpeakChinese() throws Exception {
        List<String> texts = FxThread.call(() -> {
            List<String> shown = new ArrayList<>(ShownTexts.of(pane));
            for (TreeTableColumn<SocketEntry, ?> column : pane.tree().getColumns()) {
                shown.add(column.getText());
            }
            shown.add(((Label) pane.tree().getPlaceholder()).getText());
            return shown;
        });
        assertTrue(texts.contains(Texts.get("sockets.status.CONNECTED")), "a socket row is shown: " + texts);
        assertTrue(texts.contains(Texts.get("sockets.role.UDP")), "its type reads in Chinese: " + texts);
        assertEquals(List.of(), ShownTexts.english(texts, ALLOWED), "English words in the Chinese socket list");
    }

    @Test
    void eachRowsMenuSpeaksChinese() throws Exception {
        for (int id : new int[] {1, 2}) {
            List<String> items = FxThread.call(() -> ShownTexts.of(menuOf(id)));
            assertFalse(items.isEmpty(), "socket " + id + " has a menu");
            assertTrue(items.contains(Texts.get("sockets.menu.destroy")), items.toString());
            assertEquals(List.of(), ShownTexts.english(items, ALLOWED), "English words in socket " + id + "'s menu");
        }
    }

    @Test
    void switchingTheLanguageRelabelsTheListItsCellsAndDetails() throws Exception {
        assertEquals("2 个套接字", FxThread.call(() -> model.summaryProperty().get()));
        Texts.use(Language.ENGLISH);
        FxThread.waitUntil(10, () -> "2 sockets".equals(model.summaryProperty().get()));
        List<String> texts = FxThread.call(() -> {
            pane.applyCss();
            pane.layout();
            return ShownTexts.of(pane);
        });
        assertTrue(texts.contains("Type"), "the columns: " + texts);
        assertTrue(texts.contains("connected"), "a state cell: " + texts);
        assertTrue(texts.contains("UDP socket"), "a type cell: " + texts);
        assertTrue(texts.contains("Select a socket to see its details"), "the details: " + texts);
    }

    /** The menu a right click on the socket's row opens. */
    private ContextMenu menuOf(int id) {
        TreeTableRow<?> row = pane.tree().lookupAll(".tree-table-row-cell").stream()
                .map(node -> (TreeTableRow<?>) node)
                .filter(r -> r.getItem() instanceof SocketEntry e && e.id() == id)
                .findFirst().orElse(null);
        assertNotNull(row, "socket " + id + " has a visible row");
        Event.fireEvent(row, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 1, 1, 1, 1, false,
                new PickResult(row, 1, 1)));
        ContextMenu menu = row.getContextMenu();
        menu.hide();
        return menu;
    }

    private void event(int id, SocketKind kind, SocketState state) {
        tracker.socketChanged(new SocketEvent(0, id, kind, state, 0, "127.0.0.1", 5000 + id,
                kind == SocketKind.TCP ? "127.0.0.1" : null, kind == SocketKind.TCP ? 6000 : 0, "test", 0, List.of()));
    }
}
