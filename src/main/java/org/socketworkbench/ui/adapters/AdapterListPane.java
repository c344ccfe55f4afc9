package org.socketworkbench.ui.adapters;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.layout.BorderPane;
import org.socketworkbench.adapters.Adapter;
import org.socketworkbench.adapters.AdapterAddress;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.ColumnHeaders;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.KeyboardMenus;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The adapter list: every network interface with its addresses, state and capabilities, and
 * whether chrome.socket's getNetworkList reports it. A row's menu binds a UDP socket, listens,
 * or joins a multicast group on that adapter.
 */
public final class AdapterListPane extends BorderPane {

    /** What the adapter menu can start. */
    public interface AdapterCommands {
        void udpSocketOn(String address, String adapter);

        void listenOn(String address);

        void joinGroupOn(String adapter, boolean ipv6);

        /** A datagram to this IPv4 broadcast address from a UDP socket with broadcast on. */
        void sendBroadcast(String broadcastAddress);

        /** A Wake-on-LAN magic packet to this broadcast address. */
        void wakeOnLan(String broadcastAddress);
    }

    private final AdapterListModel model;
    private final AdapterCommands commands;
    private final TableView<Adapter> table = new TableView<>();

    public AdapterListPane(AdapterListModel model, AdapterCommands commands) {
        this.model = model;
        this.commands = commands;
        setId("adapterList");
        getStyleClass().add(StyleClasses.ADAPTER_LIST);
        createView();
    }

    private void createView() {
        table.setId("adapterTable");
        FxTexts.accessible(table, "adapters.table");
        table.setItems(model.adapters());
        table.setPlaceholder(FxTexts.bind(new Label(), "adapters.none"));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // Every header whole, and whole values where their widest form is known and the same in
        // every language (an IPv4 broadcast, an MTU, a MAC address), measured in the font in use:
        // fixed pixel widths fitted one renderer and cut "127.255.255...." in another.
        // LayoutFitTest reads every cell.
        table.getColumns().setAll(List.of(
                ColumnHeaders.keepWhole(textColumn("adapter", 72, a -> a.name().equals(a.displayName()) ? a.name()
                        : a.name() + " (" + a.displayName() + ")")),
                ColumnHeaders.keepWhole(textColumn("addresses", 150, AdapterListPane::addresses)),
                wholeValues(textColumn("broadcast", 110, AdapterListPane::broadcasts), "255.255.255.255"),
                ColumnHeaders.keepWhole(textColumn("flags", 100, AdapterListPane::flags)),
                wholeValues(textColumn("mtu", 56, a -> a.mtu() < 0 ? "" : Integer.toString(a.mtu())), "65536"),
                wholeValues(textColumn("hardware", 130, Adapter::hardwareAddress), "00:00:00:00:00:00"),
                ColumnHeaders.keepWhole(textColumn("getNetworkList", 110, a -> yesNo(a.inChromeNetworkList())))));
        table.setRowFactory(view -> new AdapterRow());
        // The Menu key and Shift+F10 open the selected row's menu (a row's own menu is for the mouse).
        KeyboardMenus.install(table, () -> Optional.ofNullable(table.getSelectionModel().getSelectedItem()).map(this::menuFor));
        setTop(new PaneHeader(Texts.get("adapters.title")));
        setCenter(table);
    }

    /** A row whose context menu is built when asked for. */
    private final class AdapterRow extends TableRow<Adapter> {
        AdapterRow() {
            addEventFilter(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event ->
                    setContextMenu(getItem() == null ? null : menuFor(getItem())));
        }
    }

    /** The row's menu, read in the current language each time it opens. */
    ContextMenu menuFor(Adapter adapter) {
        Menu udp = new Menu(Texts.get("adapters.menu.udp"));
        Menu listen = new Menu(Texts.get("adapters.menu.listen"));
        for (AdapterAddress address : adapter.addresses()) {
            udp.getItems().add(item(address.address(), () -> commands.udpSocketOn(address.address(), adapter.name())));
            listen.getItems().add(item(address.address(), () -> commands.listenOn(address.address())));
        }
        MenuItem join4 = item(Texts.get("adapters.menu.join4"), () -> commands.joinGroupOn(adapter.name(), false));
        join4.setId("adapterMenu-join");
        MenuItem join6 = item(Texts.get("adapters.menu.join6"), () -> commands.joinGroupOn(adapter.name(), true));
        Menu send = new Menu(Texts.get("adapters.menu.broadcast"));
        Menu wake = new Menu(Texts.get("adapters.menu.wake"));
        for (AdapterAddress address : adapter.addresses()) {
            address.broadcastAddress().ifPresent(broadcast -> {
                send.getItems().add(item(broadcast + "…", () -> commands.sendBroadcast(broadcast)));
                wake.getItems().add(item(broadcast + "…", () -> commands.wakeOnLan(broadcast)));
            });
        }
        send.setDisable(send.getItems().isEmpty());
        wake.setDisable(wake.getItems().isEmpty());
        MenuItem refresh = item(Texts.get("adapters.menu.refresh"), model::refresh);
        return new ContextMenu(udp, listen, join4, join6, send, wake, refresh);
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** "up, multicast", "up, loopback", "down" (in the current language). */
    private static String flags(Adapter adapter) {
        StringBuilder text = new StringBuilder(Texts.get(adapter.up() ? "adapters.flag.up" : "adapters.flag.down"));
        if (adapter.loopback()) {
            text.append(Texts.get("adapters.flag.separator")).append(Texts.get("adapters.flag.loopback"));
        }
        if (adapter.multicast()) {
            text.append(Texts.get("adapters.flag.separator")).append(Texts.get("adapters.flag.multicast"));
        }
        if (adapter.virtual()) {
            text.append(Texts.get("adapters.flag.separator")).append(Texts.get("adapters.flag.virtual"));
        }
        return text.toString();
    }

    private static String yesNo(boolean value) {
        return Texts.get(value ? "adapters.yes" : "adapters.no");
    }

    private static String addresses(Adapter adapter) {
        return adapter.addresses().stream().map(AdapterAddress::toString).collect(Collectors.joining("\n"));
    }

    /** Each IPv4 address's broadcast address, one per line as in the Addresses column. */
    private static String broadcasts(Adapter adapter) {
        return adapter.addresses().stream().map(a -> a.broadcastAddress().orElse(""))
                .collect(Collectors.joining("\n")).strip();
    }

    /** {@code column}, kept wide enough for its header and for {@code widest}, its widest value in any language. */
    private static TableColumn<Adapter, String> wholeValues(TableColumn<Adapter, String> column, String widest) {
        return ColumnHeaders.keepValuesWhole(column, new ReadOnlyStringWrapper(widest));
    }

    /** A column with the stable id {@code adapter-<name>} and the title {@code adapters.column.<name>}. */
    private static TableColumn<Adapter, String> textColumn(String name, double width, Function<Adapter, String> value) {
        TableColumn<Adapter, String> column = FxTexts.bind(new TableColumn<>(), "adapters.column." + name);
        column.setId("adapter-" + name);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
