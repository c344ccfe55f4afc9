package org.socketworkbench.ui.multicast;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.socketworkbench.multicast.MatrixCell;
import org.socketworkbench.multicast.MatrixTable;
import org.socketworkbench.multicast.ReportBlock;
import org.socketworkbench.multicast.RosterSnapshot;

import java.util.Locale;
import java.util.Optional;

/** The pair clicked in the heat map: its figures in words and its timeline, one column per report. */
final class PairDetails extends VBox {

    private final Label summary = new Label("Click a cell of the matrix to see that pair's timeline.");
    private final PairTimeline timeline = new PairTimeline(PairTimeline.COLUMN_WIDTH * 300, 24);
    private HeatMapView.Pair pair;
    private String receiverName = "";
    private String senderName = "";

    PairDetails() {
        super(4);
        setId("pairDetails");
        setPadding(new javafx.geometry.Insets(4, 8, 8, 8));
        summary.setId("pairSummary");
        summary.setWrapText(true);
        getChildren().setAll(summary, timeline);
    }

    void select(HeatMapView.Pair selected, RosterSnapshot snapshot) {
        pair = selected;
        snapshot.channels().stream().filter(c -> c.channel().equals(selected.channel())).findFirst().ifPresent(c -> {
            receiverName = c.matrix().receivers().stream().filter(h -> h.id() == selected.receiverId())
                    .map(h -> h.name()).findFirst().orElse("?");
            senderName = c.matrix().senders().stream().filter(h -> h.id() == selected.senderId())
                    .map(h -> h.name()).findFirst().orElse("?");
        });
        show(snapshot);
    }

    void show(RosterSnapshot snapshot) {
        if (pair == null) {
            return;
        }
        Optional<MatrixCell> cell = HeatMapView.cellOf(snapshot, pair);
        if (cell.isEmpty()) {
            summary.setText(receiverName + " no longer reports on " + senderName + ".");
            return;
        }
        MatrixCell c = cell.get();
        ReportBlock b = c.block();
        String rtt = c.rtt().isPresent() ? String.format(Locale.ROOT, "%.3f ms", c.rtt().getAsLong() / 1e6) : "not known yet";
        summary.setText(String.format(Locale.ROOT,
                "%s hears %s on %s: %.2f%% lost (%d of %d), %d duplicates, %d reordered, %d late; RTT %s; "
                        + "one-way latency %s%s. Below: one column per report (a second), coloured by its loss.",
                receiverName, senderName, pair.channel(), b.lossPercent(), b.lost(), b.expected(), b.duplicates(),
                b.reordered(), b.late(), rtt, MatrixTable.latency(c),
                c.latencyMeasured() ? " (shared clock)" : c.latency().isPresent() ? " (estimated: RTT / 2)" : ""));
        timeline.show(c.history());
    }

    PairTimeline timeline() {
        return timeline;
    }
}
