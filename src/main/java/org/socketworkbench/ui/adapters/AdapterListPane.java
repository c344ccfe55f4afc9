package org.socketworkbench.ui.adapters;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import org.socketworkbench.adapters.Adapter;
import org.socketworkbench.adapters.AdapterAddress;
import org.socketworkbench.ui.PaneHeader;

import java.util.function.Function;
import java.util.stream.Collectors;

/** The adapter list: one row per network interface of this machine. */
public final class AdapterListPane extends BorderPane {

    private final AdapterListModel model;
    private final TableView<Adapter> table = new TableView<>();

    public AdapterListPane(AdapterListModel model) {
        this.model = model;
        setId("adapterList");
        getStyleClass().add("adapter-list");
        createView();
    }

    private void createView() {
        table.setId("adapterTable");
        table.setItems(model.adapters());
        table.setPlaceholder(new Label("No network adapters found"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().addAll(
                textColumn("Adapter", 90, Adapter::name),
                textColumn("Addresses", 260, AdapterListPane::addresses),
                textColumn("State", 60, a -> a.up() ? "up" : "down"),
                textColumn("Multicast", 70, a -> a.multicast() ? "yes" : "no"),
                textColumn("MTU", 60, a -> a.mtu() < 0 ? "" : Integer.toString(a.mtu())));
        setTop(new PaneHeader("Adapters"));
        setCenter(table);
    }

    private static String addresses(Adapter adapter) {
        return adapter.addresses().stream().map(AdapterAddress::toString).collect(Collectors.joining("\n"));
    }

    private static TableColumn<Adapter, String> textColumn(String title, double width,
                                                           Function<Adapter, String> value) {
        TableColumn<Adapter, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
