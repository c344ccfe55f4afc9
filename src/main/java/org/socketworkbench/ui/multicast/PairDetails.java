package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
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

    private final Label summary = FxTexts.bind(new Label(), "multicast.pair.hint");
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
            summary.textProperty().unbind();
            summary.setText(Texts.get("multicast.pair.gone", receiverName, senderName));
            return;
        }
        MatrixCell c = cell.get();
        ReportBlock b = c.block();
        String rtt = c.rtt().isPresent() ? String.format(Locale.ROOT, "%.3f ms", c.rtt().getAsLong() / 1e6)
                : Texts.get("multicast.pair.rttUnknown");
        String how = c.latencyMeasured() ? Texts.get("multicast.pair.sharedClock")
                : c.latency().isPresent() ? Texts.get("multicast.pair.estimated") : "";
        summary.textProperty().unbind();
        summary.setText(Texts.get("multicast.pair.summary", receiverName, senderName, pair.channel(),
                String.format(Locale.ROOT, "%.2f", b.lossPercent()), b.lost(), b.expected(), b.duplicates(),
                b.reordered(), b.late(), rtt, MatrixTable.latency(c), how));
        timeline.show(c.history());
    }

    PairTimeline timeline() {
        return timeline;
    }
}
