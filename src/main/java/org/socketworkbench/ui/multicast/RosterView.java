package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.socketworkbench.multicast.RosterSnapshot;
import org.socketworkbench.multicast.SenderSnapshot;
import org.socketworkbench.ui.StyleClasses;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The roster: one row per group × adapter × sender with its counters (loss counted from the
 * first probe seen, as omping does), one-way latency when the sender shares our clock, and its
 * timeline strip. Rows are kept and updated in place on each refresh.
 */
final class RosterView extends TableView<RosterRow> {

    private static final String NONE = "\u2013";
    private static final double TIMELINE_WIDTH = 300;
    private static final double TIMELINE_HEIGHT = 14;

    private final ObservableList<RosterRow> rows = FXCollections.observableArrayList();
    private final Map<RosterRow.Key, RosterRow> byKey = new HashMap<>();

    RosterView() {
        setId("rosterTable");
        setItems(rows);
        setPlaceholder(FxTexts.bind(new Label(), "multicast.roster.empty"));
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        getColumns().setAll(List.of(
                text("multicast.roster.column.group", 130, f -> f.sender().channel().group().toString()),
                text("multicast.roster.column.adapter", 70, f -> f.sender().channel().ifaceLabel()),
                text("multicast.roster.column.host", 110, f -> f.sender().hostName()),
                text("multicast.roster.column.source", 130, f -> hostPort(f.sender().sourceAddress(), f.sender().sourcePort())),
                number("multicast.roster.column.packets", 70, f -> Long.toString(f.sender().counts().packets())),
                number("multicast.roster.column.rate", 64, f -> decimal(1, f.sender().rate().packetsPerSecond())),
                number("multicast.roster.column.lossPercent", 58, f -> decimal(2, f.sender().counts().lossPercent())),
                number("multicast.roster.column.lost", 50, f -> Long.toString(f.sender().counts().lost())),
                number("multicast.roster.column.gaps", 46, f -> Long.toString(f.sender().counts().gaps())),
                number("multicast.roster.column.duplicates", 46, f -> Long.toString(f.sender().counts().duplicates())),
                number("multicast.roster.column.reordered", 50, f -> Long.toString(f.sender().counts().reordered())),
                number("multicast.roster.column.late", 46, f -> Long.toString(f.sender().counts().late())),
                number("multicast.roster.column.latency", 120, f -> latency(f.sender())),
                text("multicast.roster.column.lastSeen", 100, RosterView::lastSeen),
                timeline()));
    }

    /**
     * Each row's context menu blocks its sender's source address on the row's any-source join,
     * or unblocks it (IGMPv3 / MLDv2 source filter); disabled for a source-specific join.
     */
    void blockSourcesWith(MulticastViewModel model) {
        setRowFactory(table -> {
            TableRow<RosterRow> row = new TableRow<>();
            MenuItem block = new MenuItem();
            block.setId("blockSource");
            ContextMenu menu = new ContextMenu(block);
            menu.setOnShowing(e -> {
                RosterRow.Figures figures = row.getItem() == null ? null : row.getItem().figures();
                if (figures == null) {
                    return;
                }
                SenderSnapshot sender = figures.sender();
                block.setText(Texts.get(model.isBlocked(sender.channel(), sender.sourceAddress())
                        ? "multicast.roster.unblock" : "multicast.roster.block", sender.sourceAddress(), sender.channel()));
                block.setDisable(!model.canBlock(sender.channel()));
                block.setOnAction(a -> model.toggleBlock(sender.channel(), sender.sourceAddress()));
            });
            row.contextMenuProperty().bind(Bindings.when(row.emptyProperty())
                    .then((ContextMenu) null).otherwise(menu));
            return row;
        });
    }

    /** Brings the rows in line with a roster snapshot: new senders appended, gone ones removed, the rest updated. */
    void show(RosterSnapshot snapshot) {
        Set<RosterRow.Key> present = new HashSet<>();
        for (SenderSnapshot sender : snapshot.senders()) {
            RosterRow.Key key = RosterRow.Key.of(sender);
            present.add(key);
            RosterRow row = byKey.get(key);
            if (row == null) {
                row = new RosterRow(key);
                byKey.put(key, row);
                rows.add(row);
            }
            row.update(new RosterRow.Figures(sender, snapshot.takenAtNanos()));
        }
        if (present.size() != byKey.size()) {
            byKey.keySet().retainAll(present);
            rows.removeIf(row -> !present.contains(row.key()));
        }
    }

    private static TableColumn<RosterRow, RosterRow.Figures> text(String key, double width,
                                                                Function<RosterRow.Figures, String> format) {
        TableColumn<RosterRow, RosterRow.Figures> column = FxTexts.bind(new TableColumn<>(), key);
        column.setId("roster-" + key.substring(key.lastIndexOf('.') + 1));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> cell.getValue().figuresProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(RosterRow.Figures figures, boolean empty) {
                super.updateItem(figures, empty);
                setText(empty || figures == null ? null : format.apply(figures));
            }
        });
        return column;
    }

    private static TableColumn<RosterRow, RosterRow.Figures> number(String key, double width,
                                                                  Function<RosterRow.Figures, String> format) {
        TableColumn<RosterRow, RosterRow.Figures> column = text(key, width, format);
        column.getStyleClass().add(StyleClasses.NUMBER_COLUMN);
        return column;
    }

    private static TableColumn<RosterRow, RosterRow.Figures> timeline() {
        TableColumn<RosterRow, RosterRow.Figures> column = FxTexts.bind(new TableColumn<>(), "multicast.roster.column.timeline");
        column.setId("roster-timeline");
        column.setPrefWidth(TIMELINE_WIDTH + 12);
        column.setCellValueFactory(cell -> cell.getValue().figuresProperty());
        column.setCellFactory(c -> new TableCell<>() {
            private final TimelineStrip strip = new TimelineStrip(TIMELINE_WIDTH, TIMELINE_HEIGHT);

            {
                strip.widthProperty().bind(widthProperty().subtract(12));
            }

            @Override
            protected void updateItem(RosterRow.Figures figures, boolean empty) {
                super.updateItem(figures, empty);
                if (empty || figures == null) {
                    setGraphic(null);
                    return;
                }
                strip.show(figures.sender().timeline());
                setGraphic(strip);
            }
        });
        return column;
    }

    private static String latency(SenderSnapshot sender) {
        return sender.latency().map(l -> decimal(3, l.medianNanos() / 1e6) + " / " + decimal(3, l.maxNanos() / 1e6))
                .orElse(NONE);
    }

    private static String lastSeen(RosterRow.Figures f) {
        double seconds = (f.takenAtNanos() - f.sender().lastSeenNanos()) / 1e9;
        return Texts.get(f.sender().ended() ? "multicast.roster.agoEnded" : "multicast.roster.ago",
                decimal(1, Math.max(0, seconds)));
    }

    private static String hostPort(String address, int port) {
        return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
    }

    private static String decimal(int places, double value) {
        return String.format(Locale.ROOT, "%." + places + "f", value);
    }
}
