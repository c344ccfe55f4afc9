package org.socketworkbench.ui.multicast;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.socketworkbench.multicast.CellSample;

import java.util.List;

/**
 * One pair's timeline, from its report history: a column per report interval (a second), the
 * newest on the right, coloured by that interval's loss ({@link HeatColors}) like the heat map's
 * cells, so a green strip means nothing was lost and any other colour marks the seconds that lost.
 */
final class PairTimeline extends Canvas {

    static final int COLUMN_WIDTH = 4;

    private List<CellSample> samples = List.of();

    PairTimeline(double width, double height) {
        super(width, height);
        setId("pairTimeline");
        widthProperty().addListener((obs, old, now) -> draw());
    }

    void show(List<CellSample> history) {
        if (!history.equals(samples)) {
            samples = history;
            draw();
        }
    }

    /** The samples drawn now (for tests). */
    List<CellSample> samples() {
        return samples;
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        int shown = (int) Math.min(getWidth() / COLUMN_WIDTH, samples.size());
        int first = samples.size() - shown;
        double h = getHeight();
        for (int i = 0; i < shown; i++) {
            CellSample sample = samples.get(first + i);
            g.setFill(sample.expected() == 0 ? HeatColors.NONE : HeatColors.forLoss(sample.lossPercent()));
            g.fillRect(i * COLUMN_WIDTH, 0, COLUMN_WIDTH - 1, h);
        }
    }
}
