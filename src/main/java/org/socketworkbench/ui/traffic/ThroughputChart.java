package org.socketworkbench.ui.traffic;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTooltips;
import org.socketworkbench.i18n.Texts;
import javafx.geometry.Pos;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.socketworkbench.traffic.ByteSizes;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.ThroughputSample;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;

/**
 * Bytes per second in and out over the last minute, for all sockets or for the socket of the
 * selected row. Redrawn once a second while there is traffic (the model decides when).
 */
final class ThroughputChart extends BorderPane {

    private final TrafficViewModel model;
    private final XYChart.Series<Number, Number> in = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> out = new XYChart.Series<>();
    private final ToggleButton selectedOnly = FxTexts.bind(new ToggleButton(), "traffic.chart.selectedOnly");
    private final Label title = new Label();
    private final LineChart<Number, Number> chart;

    ThroughputChart(TrafficViewModel model) {
        this.model = model;
        setId("throughput");
        in.nameProperty().bind(FxTexts.text("traffic.chart.in"));
        out.nameProperty().bind(FxTexts.text("traffic.chart.out"));
        NumberAxis time = new NumberAxis();
        time.labelProperty().bind(FxTexts.text("traffic.chart.secondsAgo"));
        time.setAutoRanging(false);
        time.setTickUnit(10);
        NumberAxis rate = new NumberAxis();
        rate.labelProperty().bind(FxTexts.text("traffic.chart.rate"));
        rate.setForceZeroInRange(true);
        rate.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number bytes) {
                return ByteSizes.format(bytes.longValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException();
            }
        });
        chart = new LineChart<>(time, rate, javafx.collections.FXCollections.observableArrayList(List.of(in, out)));
        chart.setId("throughputChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(120);
        selectedOnly.setId("throughputSelectedSocket");
        LazyTooltips.install(selectedOnly, "traffic.chart.selectedOnly.tooltip");
        selectedOnly.selectedProperty().addListener((obs, was, now) -> followSelection());
        model.selectedProperty().addListener((obs, old, now) -> followSelection());
        model.throughputProperty().addListener((obs, old, samples) -> show(samples));
        model.chartSocketProperty().addListener((obs, old, now) -> updateTitle());
        FxTexts.localeProperty().addListener((obs, old, now) -> updateTitle());
        title.getStyleClass().add(StyleClasses.PANE_TITLE);
        HBox header = new HBox(8, title, selectedOnly);
        header.setAlignment(Pos.CENTER_LEFT);
        setTop(header);
        setCenter(chart);
        updateTitle();
        show(model.throughputProperty().get());
    }

    private void followSelection() {
        CapturedPayload selected = model.selectedProperty().get();
        model.chartSocketProperty().set(selectedOnly.isSelected() && selected != null ? selected.socketId() : null);
    }

    private void updateTitle() {
        Integer socket = model.chartSocketProperty().get();
        title.setText(socket == null ? Texts.get("traffic.chart.title.all") : Texts.get("traffic.chart.title.socket", socket));
    }

    private void show(List<ThroughputSample> samples) {
        NumberAxis time = (NumberAxis) chart.getXAxis();
        time.setLowerBound(1 - samples.size());
        time.setUpperBound(0);
        if (in.getData().size() != samples.size()) {
            in.getData().clear();
            out.getData().clear();
            for (int i = 0; i < samples.size(); i++) {
                in.getData().add(new XYChart.Data<>(i + 1 - samples.size(), 0));
                out.getData().add(new XYChart.Data<>(i + 1 - samples.size(), 0));
            }
        }
        for (int i = 0; i < samples.size(); i++) {
            in.getData().get(i).setYValue(samples.get(i).bytesIn());
            out.getData().get(i).setYValue(samples.get(i).bytesOut());
        }
    }
}
