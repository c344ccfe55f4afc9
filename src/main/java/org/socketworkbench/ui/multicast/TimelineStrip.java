package org.socketworkbench.ui.multicast;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import org.socketworkbench.multicast.SlotState;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;

/**
 * A sender's timeline, drawn like mcjoin's plotter: one cell per expected probe (received,
 * missing, duplicate, reordered, late) or per interval of silence, filling from the left, the
 * newest on the right; when the strip is full the oldest scroll out on the left.
 */
final class TimelineStrip extends Canvas {

    /** Width of one slot in pixels. */
    static final int SLOT_WIDTH = 2;

    private List<SlotState> slots = List.of();

    TimelineStrip(double width, double height) {
        super(width, height);
        getStyleClass().add(StyleClasses.TIMELINE_STRIP);
        widthProperty().addListener((obs, old, now) -> draw());
    }

    /** Shows these slots, oldest first. */
    void show(List<SlotState> timeline) {
        if (!timeline.equals(slots)) {
            slots = timeline;
            draw();
        }
    }

    /** How many slots fit. */
    int capacity() {
        return (int) (getWidth() / SLOT_WIDTH);
    }

    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        int shown = Math.min(capacity(), slots.size());
        int first = slots.size() - shown;
        for (int i = 0; i < shown; i++) {
            g.setFill(SlotColors.of(slots.get(first + i)));
            g.fillRect(i * SLOT_WIDTH, 0, SLOT_WIDTH, getHeight());
        }
    }
}
