package org.socketworkbench.ui.sockets;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.ui.KeyboardMenus;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;
import org.socketworkbench.ui.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The socket list: TCP servers with their accepted connections beneath them, TCP clients and UDP
 * sockets, live from the engine. Every chrome.socket operation is on the toolbar or the row's
 * context menu; the selected socket's getInfo is shown underneath.
 */
public final class SocketListPane extends BorderPane {

    private final SocketListModel model;
    private final SocketCommands commands;
    private final TreeTableView<SocketRow> tree;
    private final SocketDetails details;

    public SocketListPane(SocketListModel model, SocketCommands commands) {
        this.model = model;
        this.commands = commands;
        this.tree = new TreeTableView<>(model.root());
        this.details = new SocketDetails(commands.actions());
        setId("socketList");
        getStyleClass().add(StyleClasses.SOCKET_LIST);
        createView();
        initListeners();
    }

    private void createView() {
        tree.setId("socketTree");
        tree.setAccessibleText("Sockets: Delete destroys the selected one, Shift+F10 opens its menu");
        tree.setShowRoot(false);
        tree.setPlaceholder(new Label("No sockets yet: create one from the toolbar (Ctrl+T, Ctrl+L, Ctrl+U)"));
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        tree.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        // Widths at the window's 13px font: type to rate (an accepted connection's "TCP connection",
        // "connected", 127.0.0.1:54321) fit in 790px, the left column of a 1366px screen.
        TreeTableColumn<SocketRow, String> type = column("Type", 152, SocketRow::typeLabel);
        tree.getColumns().setAll(List.of(
                type,
                column("Id", 34, r -> Integer.toString(r.id())),
                column("State", 84, r -> r.status().label()),
                column("Local", 124, SocketRow::local),
                column("Peer", 124, SocketRow::peer),
                column("In", 76, r -> traffic(r.bytesIn(), r.messagesIn())),
                column("Out", 76, r -> traffic(r.bytesOut(), r.messagesOut())),
                column("Rate in/out", 110, r -> rate(r.rateIn(), r.rateOut())),
                column("Last result", 200, SocketRow::lastResult)));
        tree.setTreeColumn(type);
        tree.setRowFactory(view -> new SocketTreeRow());
        // The Menu key and Shift+F10 open the selected row's menu (a row's own menu is for the mouse).
        KeyboardMenus.install(tree, () -> Optional.ofNullable(model.selectedProperty().get()).map(this::menuFor));
        setTop(new PaneHeader("Sockets"));
        setCenter(tree);
        setBottom(details);
    }

    private void initListeners() {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.select(item == null ? null : item.getValue()));
        model.selectedProperty().addListener((obs, old, row) -> details.show(row));
        tree.setOnKeyPressed(event -> {
            SocketRow row = model.selectedProperty().get();
            if (row != null && event.getCode() == KeyCode.DELETE) {
                commands.actions().destroy(row.id());
                event.consume();
            }
        });
    }

    /** The tree, for the app's keyboard shortcuts and tests. */
    public TreeTableView<SocketRow> tree() {
        return tree;
    }

    private static TreeTableColumn<SocketRow, String> column(String title, double width, Function<SocketRow, String> value) {
        TreeTableColumn<SocketRow, String> column = new TreeTableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(
                cell.getValue().getValue() == null ? "" : value.apply(cell.getValue().getValue())));
        return column;
    }

    private static String traffic(long bytes, long messages) {
        return messages == 0 ? "" : Units.bytes(bytes) + " (" + messages + ")";
    }

    private static String rate(double in, double out) {
        return in <= 0 && out <= 0 ? "" : Units.rate(in) + " / " + Units.rate(out);
    }

    /**
     * A row: a style class per state ({@code socket-<state>}; no stylesheet rule colours it yet),
     * and a context menu with the operations that fit the socket, built when asked for (rows
     * update ten times a second; menus are rarely opened).
     */
    private final class SocketTreeRow extends TreeTableRow<SocketRow> {
        SocketTreeRow() {
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event ->
                    setContextMenu(getItem() == null ? null : menuFor(getItem())));
        }

        @Override
        protected void updateItem(SocketRow row, boolean empty) {
            super.updateItem(row, empty);
            String state = empty || row == null ? null : StyleClasses.SOCKET_STATE_PREFIX + row.status().label();
            if (state == null || !getStyleClass().contains(state)) {
                getStyleClass().removeIf(c -> c.startsWith(StyleClasses.SOCKET_STATE_PREFIX));
                if (state != null) {
                    getStyleClass().add(state);
                }
            }
        }
    }

    private ContextMenu menuFor(SocketRow row) {
        List<MenuItem> items = new ArrayList<>();
        if (row.kind() == SocketKind.TCP) {
            tcpItems(row, items);
        } else {
            udpItems(row, items);
        }
        items.add(new SeparatorMenuItem());
        items.add(item("Details (getInfo)", "details", r -> details.show(r), row));
        items.add(item("Disconnect", "disconnect", r -> commands.actions().disconnect(r.id()), row));
        items.add(item("Destroy", "destroy", r -> commands.actions().destroy(r.id()), row));
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    private void tcpItems(SocketRow row, List<MenuItem> items) {
        boolean connected = row.status() == SocketStatus.CONNECTED || row.status() == SocketStatus.SECURED;
        if (row.role() != SocketRole.TCP_SERVER && row.role() != SocketRole.TCP_ACCEPTED) {
            items.add(item("Connect…", "connect", commands::connect, row));
        }
        if (row.role() == SocketRole.TCP_SERVER || row.role() == SocketRole.TCP_UNUSED) {
            items.add(item("Listen…", "listen", commands::listen, row));
            items.add(item("Accept one connection", "accept", r -> commands.actions().accept(r.id()), row));
        }
        if (connected) {
            items.add(item("Secure (TLS)…", "secure", commands::secure, row));
            items.add(item("No delay on", "noDelayOn", r -> commands.actions().setNoDelay(r.id(), true), row));
            items.add(item("No delay off", "noDelayOff", r -> commands.actions().setNoDelay(r.id(), false), row));
            items.add(item("Keep-alive…", "keepAlive", commands::keepAlive, row));
        }
    }

    private void udpItems(SocketRow row, List<MenuItem> items) {
        items.add(item("Bind…", "bind", commands::bind, row));
        items.add(item("Connect…", "connect", commands::connect, row));
        items.add(item("Join group…", "joinGroup", commands::joinGroup, row));
        items.add(item("Leave group…", "leaveGroup", commands::leaveGroup, row));
        items.add(item("Multicast TTL…", "ttl", commands::timeToLive, row));
        items.add(item("Multicast loopback on", "loopbackOn",
                r -> commands.actions().setMulticastLoopbackMode(r.id(), true), row));
        items.add(item("Multicast loopback off", "loopbackOff",
                r -> commands.actions().setMulticastLoopbackMode(r.id(), false), row));
    }

    private static MenuItem item(String text, String id, Consumer<SocketRow> action, SocketRow row) {
        MenuItem item = new MenuItem(text);
        item.setId("socketMenu-" + id);
        item.setOnAction(e -> action.accept(row));
        return item;
    }

    /** Selects a socket's row (for tests and for the app after creating one). */
    public void selectSocket(int id) {
        select(model.root(), id);
    }

    private boolean select(TreeItem<SocketRow> parent, int id) {
        for (TreeItem<SocketRow> item : parent.getChildren()) {
            if (item.getValue() != null && item.getValue().id() == id) {
                tree.getSelectionModel().select(item);
                return true;
            }
            if (select(item, id)) {
                return true;
            }
        }
        return false;
    }
}
