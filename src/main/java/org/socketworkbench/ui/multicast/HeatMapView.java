package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.ChannelSnapshot;
import org.socketworkbench.multicast.MatrixCell;
import org.socketworkbench.multicast.MatrixHost;
import org.socketworkbench.multicast.MatrixSnapshot;
import org.socketworkbench.multicast.MatrixTable;
import org.socketworkbench.multicast.RosterSnapshot;
import org.socketworkbench.ui.StyleClasses;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole group as heat maps, one per channel: a row per receiver, a column per sender, each
 * cell coloured by its loss with the loss and latency as text (~ when estimated from the RTT);
 * a receiver that stopped reporting is faded and says since when. A click on a cell selects
 * that pair ({@link #onSelect}). The grids are rebuilt only when hosts come or go; otherwise the
 * cells are updated in place.
 */
final class HeatMapView extends VBox {

    static final String NONE = "\u2013";
    private static final double FADED = 0.4;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss") // i18n-ok: a time pattern, not words
           .withZone(ZoneId.systemDefault());

    private final Label placeholder = FxTexts.bind(new Label(), "multicast.heat.empty");
    private Consumer<Pair> onSelect = pair -> {
    };
    private List<Object> structure = List.of();
    private List<Grid> grids = List.of();
    private Pair selected;

    /** A selected cell: the channel, the receiver's reporter id and the sender id. */
    record Pair(Channel channel, long receiverId, long senderId) {
    }

    HeatMapView() {
        setId("heatMap");
        setSpacing(10);
        setPadding(new Insets(8));
        placeholder.setWrapText(true);
        getChildren().setAll(placeholder);
    }

    void onSelect(Consumer<Pair> handler) {
        onSelect = handler;
    }

    void show(RosterSnapshot snapshot) {
        List<MatrixSnapshot> matrices = snapshot.channels().stream().map(ChannelSnapshot::matrix)
                .filter(m -> !m.receivers().isEmpty()).toList();
        List<Object> shape = new ArrayList<>();
        for (MatrixSnapshot m : matrices) {
            shape.add(m.channel());
            shape.add(m.receivers().stream().map(MatrixHost::id).toList());
            shape.add(m.senders().stream().map(MatrixHost::id).toList());
        }
        if (!shape.equals(structure)) {
            structure = shape;
            grids = matrices.stream().map(Grid::new).toList();
            getChildren().setAll(grids.isEmpty() ? List.of(placeholder) : grids.stream().map(g -> g.box).toList());
        }
        for (int i = 0; i < grids.size(); i++) {
            grids.get(i).update(matrices.get(i));
        }
    }

    /** The selected pair's cell in a snapshot, if it is still there. */
    static Optional<MatrixCell> cellOf(RosterSnapshot snapshot, Pair pair) {
        for (ChannelSnapshot channel : snapshot.channels()) {
            if (!channel.channel().equals(pair.channel())) {
                continue;
            }
            MatrixSnapshot m = channel.matrix();
            for (int r = 0; r < m.receivers().size(); r++) {
                for (int c = 0; c < m.senders().size(); c++) {
                    if (m.receivers().get(r).id() == pair.receiverId() && m.senders().get(c).id() == pair.senderId()) {
                        return m.cell(r, c);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** One channel's grid. Row 0 holds the sender names, column 0 the receiver names. */
    private final class Grid {
        private final VBox box = new VBox(4);
        private final GridPane grid = new GridPane();
        private final List<Label> rowNames = new ArrayList<>();
        private final List<List<Label>> cells = new ArrayList<>();

        private Grid(MatrixSnapshot matrix) {
            Label title = FxTexts.bind(new Label(), "multicast.heat.title", matrix.channel());
            title.getStyleClass().add(StyleClasses.PANE_TITLE);
            grid.getStyleClass().add(StyleClasses.HEAT_MAP);
            grid.setHgap(2);
            grid.setVgap(2);
            Label corner = FxTexts.bind(new Label(), "multicast.heat.corner");
            corner.getStyleClass().add(StyleClasses.HEAT_MAP_CORNER);
            grid.add(corner, 0, 0);
            for (int c = 0; c < matrix.senders().size(); c++) {
                Label name = new Label(matrix.senders().get(c).name());
                name.getStyleClass().add(StyleClasses.HEAT_MAP_SENDER);
                name.setTooltip(FxTexts.tooltip("multicast.heat.senderId", matrix.senders().get(c).idHex()));
                grid.add(name, c + 1, 0);
            }
            for (int r = 0; r < matrix.receivers().size(); r++) {
                Label name = new Label();
                name.getStyleClass().add(StyleClasses.HEAT_MAP_RECEIVER);
                grid.add(name, 0, r + 1);
                rowNames.add(name);
                List<Label> line = new ArrayList<>();
                for (int c = 0; c < matrix.senders().size(); c++) {
                    Label cell = new Label();
                    cell.setId("heat-" + matrix.receivers().get(r).name() + "-" + matrix.senders().get(c).name());
                    cell.getStyleClass().add(StyleClasses.HEAT_CELL);
                    cell.setMinSize(140, 40);
                    cell.setAlignment(Pos.CENTER);
                    Pair pair = new Pair(matrix.channel(), matrix.receivers().get(r).id(), matrix.senders().get(c).id());
                    cell.setOnMouseClicked(e -> {
                        selected = pair;
                        onSelect.accept(pair);
                    });
                    grid.add(cell, c + 1, r + 1);
                    line.add(cell);
                }
                cells.add(line);
            }
            box.getChildren().setAll(title, grid);
        }

        private void update(MatrixSnapshot matrix) {
            for (int r = 0; r < matrix.receivers().size(); r++) {
                MatrixHost receiver = matrix.receivers().get(r);
                Label name = rowNames.get(r);
                name.setText(receiver.silent() ? receiver.name() + "\n" + Texts.get("multicast.heat.silentSince",
                        since(receiver, matrix.takenAt())) : receiver.name());
                name.setOpacity(receiver.silent() ? FADED : 1);
                for (int c = 0; c < matrix.senders().size(); c++) {
                    Label cell = cells.get(r).get(c);
                    paint(cell, matrix.cell(r, c), receiver.silent());
                    Pair pair = new Pair(matrix.channel(), receiver.id(), matrix.senders().get(c).id());
                    cell.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), pair.equals(selected));
                }
            }
        }
    }

    private static void paint(Label cell, Optional<MatrixCell> reported, boolean silent) {
        if (reported.isEmpty()) {
            cell.setText(NONE);
            cell.setBackground(new Background(new BackgroundFill(HeatColors.NONE, new CornerRadii(3), Insets.EMPTY)));
            cell.setTextFill(HeatColors.textOn(0));
            cell.setOpacity(silent ? FADED : 1);
            return;
        }
        MatrixCell c = reported.get();
        double loss = c.block().lossPercent();
        String text = String.format(Locale.ROOT, "%.2f%%", loss) + "\n" + MatrixTable.latency(c);
        if (!text.equals(cell.getText())) {
            cell.setText(text);
        }
        cell.setBackground(new Background(new BackgroundFill(HeatColors.forLoss(loss), new CornerRadii(3), Insets.EMPTY)));
        cell.setTextFill(HeatColors.textOn(loss));
        cell.setOpacity(silent ? FADED : 1);
    }

    /** The wall-clock time of the receiver's last report: the probe clock is epoch nanoseconds. */
    private static String since(MatrixHost receiver, long now) {
        return Texts.get("multicast.heat.since", CLOCK.format(Instant.ofEpochSecond(0, receiver.lastHeard())),
                String.format(Locale.ROOT, "%.0f", (now - receiver.lastHeard()) / 1e9));
    }
}
