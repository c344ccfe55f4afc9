package org.socketworkbench.ui.traffic;

import javafx.beans.binding.Bindings;
import org.socketworkbench.ui.ColumnHeaders;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.text.Font;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.FlowRoute;
import org.socketworkbench.traffic.PayloadPreview;

import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;

/**
 * The virtualized table of captured payloads: number, time, socket, direction, relay
 * conversation, peer, length and a text preview. Rows stay in capture order (sorting is off: the
 * view appends and drops at the ends). Selecting a row selects it in the model.
 */
final class TrafficTable extends TableView<CapturedPayload> {

    /** The peer column stays at least this wide: a loopback or LAN IPv4 endpoint. */
    static final String TYPICAL_PEER = "127.0.0.1:65535"; // i18n-ok: a width sample, never shown

    static final int PREVIEW_BYTES = 96;

    private final TrafficViewModel model;
    private final ZoneId zone;
    private boolean scrollToEndPending;

    TrafficTable(TrafficViewModel model, ZoneId zone) {
        super(model.rows());
        this.model = model;
        this.zone = zone;
        setId("trafficTable");
        setPlaceholder(FxTexts.bind(new Label(), "traffic.table.empty"));
        // Every row is one line: a fixed height spares the virtual flow from measuring rows,
        // which otherwise dominates the cost of appending thousands of rows per pulse.
        setFixedCellSize(Math.ceil(Font.getDefault().getSize() * 2));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // The narrow columns of short values keep their whole titles when a narrow window shrinks
        // the table (at 1366 pixels their titles were cut to "套..." and "L..."); the preview
        // gives way, the time column down to its values' width and the peer column down to an
        // IPv4 endpoint's (it read "127.0..."; a longer IPv6 peer still gives way).
        getColumns().addAll(List.of(
                ColumnHeaders.keepWhole(column("number", 60, p -> Long.toString(p.sequence()))),
                timeColumn(),
                ColumnHeaders.keepWhole(column("socket", 80, p -> p.flow().socketLabel())),
                ColumnHeaders.keepWhole(column("direction", 95, TrafficTable::directionText)),
                conversationColumn(),
                ColumnHeaders.keepValuesWhole(column("peer", 150, p -> p.flow().peerEndpoint()), new ReadOnlyStringWrapper(TYPICAL_PEER)),
                ColumnHeaders.keepWhole(column("length", 65, p -> Integer.toString(p.length()))),
                column("preview", 220, p -> PayloadPreview.of(p, PREVIEW_BYTES))));
        // The direction cells are words: read again in a new language.
        FxTexts.localeProperty().addListener((obs, old, now) -> refresh());
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        // The time format and the capture's start (it moves with each Clear) are read again by
        // the time cells themselves (TimeCell), not by refresh(): that recreates every cell, and
        // when traffic started after a Clear the new rows' first pulse built the whole table's
        // cells and their CSS anew, a 190 ms pulse (src/docs/architecture.md, "Long pulse gaps").
        followNewRowsWhenAutoScrolling();
    }

    /** Auto-scroll: after each change of the rows, and when the table is resized, show the last row. */
    private void followNewRowsWhenAutoScrolling() {
        // Rows dropped at the front count too: they change the row count under the flow (see layoutChildren).
        model.rows().addListener((ListChangeListener<CapturedPayload>) change -> scrollToEndIfAutoScrolling());
        model.autoScrollProperty().addListener((obs, was, on) -> scrollToEndIfAutoScrolling());
        heightProperty().addListener((obs, old, now) -> scrollToEndIfAutoScrolling());
    }

    private void scrollToEndIfAutoScrolling() {
        if (model.autoScrollProperty().get()) {
            scrollToEnd();
        }
    }

    /**
     * Brings the last row into view at the coming layout. Scrolling right away would miss the
     * rows just added: the table learns the new row count only when it lays itself out. (The
     * flow's position, 1 = the end, is used rather than {@code scrollTo(lastIndex)}, which puts
     * that row at the top and then clamps by estimated row sizes, leaving it half hidden.)
     */
    private void scrollToEnd() {
        scrollToEndPending = true;
        requestLayout();
    }

    /**
     * Following the end: the skin hands the flow its new row count in {@code super.layoutChildren()},
     * and a flow whose count changes lays itself out right then, keeping its offset in pixels. At
     * the end of a list that shrank (the capture dropped more rows than came in, as in a TCP flood
     * that fills the byte cap) that offset lies past the last row, so the flow fills the viewport
     * past its item count and JavaFX logs "index exceeds maxCellCount" (issue 15). From the top
     * the count change lays out inside the list; the end is set right after, before the flow's own
     * layout in this pass, so nothing is drawn at the top.
     */
    @Override
    protected void layoutChildren() {
        VirtualFlow<?> flow = scrollToEndPending && lookup(".virtual-flow") instanceof VirtualFlow<?> f ? f : null;
        if (flow != null) {
            flow.setPosition(0);
        }
        super.layoutChildren();
        if (flow != null) {
            scrollToEndPending = false;
            flow.setPosition(1);
        }
    }

    /** Which way a relayed payload crossed its relay (client→server), else in or out of its socket. */
    static String directionText(CapturedPayload payload) {
        FlowRoute route = payload.flow().route();
        return Texts.get("traffic.direction." + (route == null ? payload.direction().name() : route.way().name()));
    }

    /**
     * The relay conversation column, shown from the first relayed payload on: until then every
     * cell is empty, and at 1366 pixels its whole title took the width the peer column needed.
     */
    private TableColumn<CapturedPayload, String> conversationColumn() {
        TableColumn<CapturedPayload, String> column = ColumnHeaders.keepWhole(column("conversation", 80, TrafficTable::conversationText));
        column.setVisible(false);
        ListChangeListener<CapturedPayload> showOnRelay = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends CapturedPayload> change) {
                while (change.next()) {
                    if (change.getAddedSubList().stream().anyMatch(p -> p.flow().route() != null)) {
                        column.setVisible(true);
                        model.rows().removeListener(this);
                        return;
                    }
                }
            }
        };
        model.rows().addListener(showOnRelay);
        return column;
    }

    /** The relay conversation both legs of a relayed payload share; empty for other payloads. */
    static String conversationText(CapturedPayload payload) {
        FlowRoute route = payload.flow().route();
        return route == null ? "" : Texts.get("traffic.conversation.relay", route.conversation());
    }

    private TableColumn<CapturedPayload, CapturedPayload> timeColumn() {
        TableColumn<CapturedPayload, CapturedPayload> column = FxTexts.bind(new TableColumn<>(), "traffic.column.time");
        column.setId("trafficColumn-time");
        column.setPrefWidth(120);
        column.setSortable(false);
        // Time is what tells rows apart: the column gives way to the others only down to its values' width.
        ColumnHeaders.keepValuesWhole(column, Bindings.createStringBinding(
                () -> model.timestampFormatProperty().get().widestSample(), model.timestampFormatProperty()));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TimeCell());
        return column;
    }

    /** A column titled {@code traffic.column.<name>}, with the stable id {@code trafficColumn-<name>}. */
    private static TableColumn<CapturedPayload, String> column(String name, double width,
                                                              Function<CapturedPayload, String> text) {
        TableColumn<CapturedPayload, String> column = FxTexts.bind(new TableColumn<>(), "traffic.column." + name);
        column.setId("trafficColumn-" + name);
        column.setPrefWidth(width);
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(text.apply(cell.getValue())));
        return column;
    }

    /**
     * The time in the chosen format; "delta" needs the row above, so it is computed per cell. The
     * cell shows its time again when the format or the capture's start changes.
     */
    private final class TimeCell extends TableCell<CapturedPayload, CapturedPayload> {

        /** Held by the cell, and given to the model weakly: a cell the table drops is not kept alive. */
        private final InvalidationListener reformat = observable -> showTime(getItem(), isEmpty());

        TimeCell() {
            model.timestampFormatProperty().addListener(new WeakInvalidationListener(reformat));
            model.startNanosProperty().addListener(new WeakInvalidationListener(reformat));
        }

        @Override
        protected void updateItem(CapturedPayload payload, boolean empty) {
            super.updateItem(payload, empty);
            showTime(payload, empty);
        }

        private void showTime(CapturedPayload payload, boolean empty) {
            if (empty || payload == null) {
                setText(null);
                return;
            }
            int index = getIndex();
            long previous = index > 0 && index <= getItems().size()
                    ? getItems().get(index - 1).timestampNanos()
                    : payload.timestampNanos();
            setText(model.timestampFormatProperty().get().format(payload.timestampNanos(),
                    model.startNanosProperty().get(), previous, zone));
        }
    }
}
