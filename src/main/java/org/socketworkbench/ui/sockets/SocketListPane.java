package org.socketworkbench.ui.sockets;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Font;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.Buttons;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTooltips;
import org.socketworkbench.ui.KeyboardMenus;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;
import org.socketworkbench.ui.Units;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The socket list: TCP servers with their accepted connections beneath them, TCP clients and UDP
 * sockets, live from the engine. Every chrome.socket operation is on the toolbar or the row's
 * context menu; the selected socket's getInfo is shown underneath. Several rows may be selected
 * (disconnect or destroy them together); a quick filter over the tree and "remove closed" keep
 * thousands of connections manageable.
 */
public final class SocketListPane extends BorderPane {

    private final SocketListModel model;
    private final SocketCommands commands;
    private final TreeTableView<SocketEntry> tree;
    private final SocketDetails details;
    /** Whether the details show a multi-selection's count rather than one socket. */
    private boolean showingSelection;
    /** The details follow the language (View, Language); held here, heard weakly. */
    private final ChangeListener<Locale> relabel = (obs, old, locale) -> showDetails();

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
        FxTexts.accessible(tree, "sockets.tree.accessible");
        tree.setShowRoot(false);
        Label placeholder = new Label();
        placeholder.setId("socketPlaceholder");
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.filterTextProperty().isEmpty())
                .then(FxTexts.text("sockets.placeholder.none")).otherwise(FxTexts.text("sockets.placeholder.noMatch")));
        tree.setPlaceholder(placeholder);
        tree.setColumnResizePolicy(TreeTableView.UNCONSTRAINED_RESIZE_POLICY);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // One line per row: a fixed height spares the flow from measuring rows, which matters
        // with thousands of connections under one server.
        tree.setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 2));
        // Widths at the window's 13px font: type to rate (an accepted connection's "TCP connection",
        // "connected", 127.0.0.1:54321) fit in 790px, the left column of a 1366px screen.
        TreeTableColumn<SocketEntry, String> type = column("type", 152, SocketRow::typeLabel);
        tree.getColumns().setAll(List.of(
                type,
                column("id", 34, r -> Integer.toString(r.id())),
                column("state", 84, r -> r.status().text()),
                column("local", 124, SocketRow::local),
                column("peer", 124, SocketRow::peer),
                column("in", 76, r -> traffic(r.bytesIn(), r.messagesIn())),
                column("out", 76, r -> traffic(r.bytesOut(), r.messagesOut())),
                column("rate", 110, r -> rate(r.rateIn(), r.rateOut())),
                column("lastResult", 200, SocketRow::lastResult)));
        tree.setTreeColumn(type);
        tree.setRowFactory(view -> new SocketTreeRow());
        // The Menu key and Shift+F10 open the selected row's menu (a row's own menu is for the mouse).
        KeyboardMenus.install(tree, () -> Optional.ofNullable(model.selectedProperty().get()).map(this::menuFor));
        // The filter and its tools sit in the pane's title strip: at 1366x768 the list has room
        // for only a handful of rows, and a bar of its own would take one of them.
        PaneHeader header = new PaneHeader("", createFilterBar());
        Label title = FxTexts.bind((Label) header.getChildren().getFirst(), "sockets.title");
        title.setMinWidth(Label.USE_PREF_SIZE);
        setTop(header);
        setCenter(tree);
        setBottom(details);
    }

    private HBox createFilterBar() {
        TextField filter = new TextField();
        filter.setId("socketFilter");
        filter.setPrefColumnCount(11);
        filter.setMinWidth(90);
        FxTexts.prompt(filter, "sockets.filter.prompt");
        LazyTooltips.install(filter, "sockets.filter.help");
        filter.textProperty().bindBidirectional(model.filterTextProperty());
        Label summary = new Label();
        summary.setId("socketSummary");
        summary.setMinWidth(Label.USE_PREF_SIZE);
        summary.textProperty().bind(model.summaryProperty());
        Button removeClosed = Buttons.bound("sockets.removeClosed", "removeClosed", "sockets.removeClosed.help", model::removeClosed);
        removeClosed.setMinWidth(Button.USE_PREF_SIZE);
        CheckBox autoRemove = FxTexts.bind(new CheckBox(), "sockets.autoRemove");
        autoRemove.setId("autoRemoveClosed");
        autoRemove.setMinWidth(CheckBox.USE_PREF_SIZE);
        LazyTooltips.install(autoRemove, "sockets.autoRemove.help");
        autoRemove.selectedProperty().bindBidirectional(model.autoRemoveClosedProperty());
        HBox bar = new HBox(6, filter, summary, removeClosed, autoRemove);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void initListeners() {
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) ->
                model.select(item == null ? null : item.getValue().row()));
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<SocketEntry>>) change -> {
            model.setSelection(tree.getSelectionModel().getSelectedItems().stream()
                    .filter(item -> item != null && item.getValue() != null)
                    .map(item -> item.getValue().id()).toList());
            if (model.selection().size() > 1) {
                details.showSelected(model.selection().size());
                showingSelection = true;
            } else if (showingSelection) {
                showingSelection = false;
                details.show(model.selectedProperty().get());
            }
        });
        model.selectedProperty().addListener((obs, old, row) -> {
            if (model.selection().size() <= 1) {
                details.show(row);
            }
        });
        FxTexts.localeProperty().addListener(new WeakChangeListener<>(relabel));
        tree.setOnKeyPressed(event -> {
            if (!model.selection().isEmpty() && event.getCode() == KeyCode.DELETE) {
                model.destroySelected();
                event.consume();
            }
        });
    }

    private void showDetails() {
        if (model.selection().size() > 1) {
            details.showSelected(model.selection().size());
        } else {
            details.show(model.selectedProperty().get());
        }
    }

    /** The tree, for the app's keyboard shortcuts and tests. */
    public TreeTableView<SocketEntry> tree() {
        return tree;
    }

    /**
     * A column whose cells follow their socket's row: the cell's text is mapped from the entry's
     * row, so a changed socket updates its own visible cells and nothing else. A mapped value
     * listens to the row only while a cell shows it, so entries never hold cells that moved on.
     */
    private static TreeTableColumn<SocketEntry, String> column(String id, double width, Function<SocketRow, String> value) {
        TreeTableColumn<SocketEntry, String> column = FxTexts.bind(new TreeTableColumn<>(), "sockets.column." + id);
        column.setId(id);
        column.setPrefWidth(width);
        // The texts follow the language too (a state reads "已连接" in Chinese): the mapped value
        // listens to the locale only while a cell shows it, like the row.
        column.setCellValueFactory(cell -> {
            SocketEntry entry = cell.getValue().getValue();
            return entry == null ? new ReadOnlyStringWrapper("")
                    : entry.rowProperty().flatMap(row -> FxTexts.localeProperty().map(locale -> value.apply(row)));
        });
        return column;
    }

    private static String traffic(long bytes, long messages) {
        return messages == 0 ? "" : Texts.get("sockets.traffic", Units.bytes(bytes), messages);
    }

    private static String rate(double in, double out) {
        return in <= 0 && out <= 0 ? "" : Units.rate(in) + " / " + Units.rate(out);
    }

    /**
     * A row: a style class per state ({@code socket-<state>}; no stylesheet rule colours it yet),
     * and a context menu with the operations that fit the socket, built when asked for (rows
     * update ten times a second; menus are rarely opened).
     */
    private final class SocketTreeRow extends TreeTableRow<SocketEntry> {
        /** Follows the shown entry's row while the entry stays (its state changes in place). */
        private final InvalidationListener rowChanged = obs -> showState(getItem());
        private final WeakInvalidationListener weakRowChanged = new WeakInvalidationListener(rowChanged);
        private SocketEntry observed;

        SocketTreeRow() {
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event ->
                    setContextMenu(getItem() == null ? null : menuFor(getItem().row())));
        }

        @Override
        protected void updateItem(SocketEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            SocketEntry next = empty ? null : entry;
            if (next != observed) {
                if (observed != null) {
                    observed.rowProperty().removeListener(weakRowChanged);
                }
                if (next != null) {
                    next.rowProperty().addListener(weakRowChanged);
                }
                observed = next;
            }
            showState(next);
        }

        private void showState(SocketEntry entry) {
            SocketStatus state = entry == null ? null : entry.row().status();
            StyleClasses.SOCKET_STATES.forEach((status, pseudoClass) -> pseudoClassStateChanged(pseudoClass, status == state));
        }
    }

    private ContextMenu menuFor(SocketRow row) {
        int selected = model.selection().size();
        if (selected > 1 && model.selection().contains(row.id())) {
            return selectionMenu(selected);
        }
        List<MenuItem> items = new ArrayList<>();
        if (row.kind() == SocketKind.TCP) {
            tcpItems(row, items);
        } else {
            udpItems(row, items);
        }
        items.add(new SeparatorMenuItem());
        items.add(item("details", r -> details.show(r), row));
        items.add(item("disconnect", r -> commands.actions().disconnect(r.id()), row));
        items.add(item("destroy", r -> commands.actions().destroy(r.id()), row));
        return new ContextMenu(items.toArray(MenuItem[]::new));
    }

    /** For a multi-selection: what applies to every socket. */
    private ContextMenu selectionMenu(int count) {
        MenuItem disconnect = FxTexts.bind(new MenuItem(), "sockets.menu.disconnectSelected", count);
        disconnect.setId("socketMenu-disconnectSelected");
        disconnect.setOnAction(e -> model.disconnectSelected());
        MenuItem destroy = FxTexts.bind(new MenuItem(), "sockets.menu.destroySelected", count);
        destroy.setId("socketMenu-destroySelected");
        destroy.setOnAction(e -> model.destroySelected());
        return new ContextMenu(disconnect, destroy);
    }

    private void tcpItems(SocketRow row, List<MenuItem> items) {
        boolean connected = row.status() == SocketStatus.CONNECTED || row.status() == SocketStatus.SECURED;
        if (row.role() != SocketRole.TCP_SERVER && row.role() != SocketRole.TCP_ACCEPTED) {
            items.add(item("connect", commands::connect, row));
        }
        if (row.role() == SocketRole.TCP_SERVER || row.role() == SocketRole.TCP_UNUSED) {
            items.add(item("listen", commands::listen, row));
            items.add(item("accept", r -> commands.actions().accept(r.id()), row));
        }
        if (connected) {
            items.add(item("secure", commands::secure, row));
            items.add(item("noDelayOn", r -> commands.actions().setNoDelay(r.id(), true), row));
            items.add(item("noDelayOff", r -> commands.actions().setNoDelay(r.id(), false), row));
            items.add(item("keepAlive", commands::keepAlive, row));
        }
    }

    private void udpItems(SocketRow row, List<MenuItem> items) {
        items.add(item("bind", commands::bind, row));
        items.add(item("connect", commands::connect, row));
        items.add(item("joinGroup", commands::joinGroup, row));
        items.add(item("leaveGroup", commands::leaveGroup, row));
        items.add(item("ttl", commands::timeToLive, row));
        items.add(item("broadcastOn", r -> commands.broadcast(r, true), row));
        items.add(item("broadcastOff", r -> commands.broadcast(r, false), row));
        items.add(item("loopbackOn",
                r -> commands.actions().setMulticastLoopbackMode(r.id(), true), row));
        items.add(item("loopbackOff",
                r -> commands.actions().setMulticastLoopbackMode(r.id(), false), row));
    }

    private static MenuItem item(String id, Consumer<SocketRow> action, SocketRow row) {
        MenuItem item = FxTexts.bind(new MenuItem(), "sockets.menu." + id);
        item.setId("socketMenu-" + id);
        item.setOnAction(e -> action.accept(row));
        return item;
    }

    /** Selects a socket's row (for tests and for the app after creating one). */
    public void selectSocket(int id) {
        select(model.root(), id);
    }

    private boolean select(TreeItem<SocketEntry> parent, int id) {
        for (TreeItem<SocketEntry> item : parent.getChildren()) {
            if (item.getValue() != null && item.getValue().id() == id) {
                tree.getSelectionModel().clearSelection();
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
