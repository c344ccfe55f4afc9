package org.socketworkbench.ui.multicast;

import org.socketworkbench.i18n.Texts;
import javafx.collections.FXCollections;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.socketworkbench.multicast.RateSample;
import org.socketworkbench.multicast.RosterSnapshot;
import org.socketworkbench.multicast.SenderSnapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * Packets per second over time, one line per sender (the first {@link #MAX_SERIES} roster rows),
 * from each sender's one-second rate history. Redrawn at most once a second.
 */
final class RateChart extends LineChart<Number, Number> {

    static final int MAX_SERIES = 8;
    private static final long REDRAW_NANOS = 1_000_000_000L;
    private static final double DEFAULT_SPAN_SECONDS = 60;

    private boolean drawn;
    private long lastDrawn;

    RateChart() {
        super(new NumberAxis(), new NumberAxis());
        setId("rateChart");
        setAnimated(false);
        setCreateSymbols(false);
        setMinHeight(120);
        setTitle(Texts.get("multicast.chart.title"));
        NumberAxis time = (NumberAxis) getXAxis();
        time.setLabel(Texts.get("multicast.chart.secondsAgo"));
        time.setAutoRanging(false);
        time.setUpperBound(0);
        time.setLowerBound(-DEFAULT_SPAN_SECONDS);
        time.setTickUnit(10);
        NumberAxis rate = (NumberAxis) getYAxis();
        rate.setLabel(Texts.get("multicast.chart.packetsPerSecond"));
        rate.setForceZeroInRange(true);
    }

    /** Redraws from the snapshot when a second has passed since the last redraw. */
    void show(RosterSnapshot snapshot) {
        if (drawn && snapshot.takenAtNanos() - lastDrawn < REDRAW_NANOS) {
            return;
        }
        drawn = true;
        lastDrawn = snapshot.takenAtNanos();
        List<SenderSnapshot> senders = snapshot.senders();
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        double span = DEFAULT_SPAN_SECONDS;
        for (SenderSnapshot sender : senders.subList(0, Math.min(MAX_SERIES, senders.size()))) {
            XYChart.Series<Number, Number> line = new XYChart.Series<>();
            line.setName(sender.hostName() + " \u2192 " + sender.channel());
            for (RateSample sample : sender.rateHistory()) {
                double ago = (sample.startNanos() - snapshot.takenAtNanos()) / 1e9;
                span = Math.max(span, -ago);
                line.getData().add(new XYChart.Data<>(ago, sample.rate().packetsPerSecond()));
            }
            series.add(line);
        }
        ((NumberAxis) getXAxis()).setLowerBound(-Math.ceil(span / 10) * 10);
        setData(FXCollections.observableArrayList(series));
        setTitle(senders.size() > MAX_SERIES
                ? Texts.get("multicast.chart.titleFirst", MAX_SERIES, senders.size()) : Texts.get("multicast.chart.title"));
    }
}
