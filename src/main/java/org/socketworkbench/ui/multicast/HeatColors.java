package org.socketworkbench.ui.multicast;

import javafx.scene.paint.Color;

/**
 * The heat map's colour for a loss percentage: the timeline's green at zero, through amber at
 * 1% to its red from 10% on (a tester's eye goes to anything not green), grey where nothing is
 * reported. The same green and red as {@link SlotColors}, legible on both themes.
 */
final class HeatColors {

    static final Color NONE = Color.web("#8c959f", 0.25);
    private static final Color ZERO = Color.web("#2da44e");
    private static final Color SOME = Color.web("#d4a72c");
    private static final Color MUCH = Color.web("#cf222e");
    private static final double SOME_PERCENT = 1;
    private static final double MUCH_PERCENT = 10;

    private HeatColors() {
    }

    static Color forLoss(double percent) {
        if (percent <= 0) {
            return ZERO;
        }
        if (percent <= SOME_PERCENT) {
            return ZERO.interpolate(SOME, 0.35 + 0.65 * percent / SOME_PERCENT);
        }
        return SOME.interpolate(MUCH, Math.min(1, (percent - SOME_PERCENT) / (MUCH_PERCENT - SOME_PERCENT)));
    }

    /** Dark text on the light colours (green, amber), light text on red. */
    static Color textOn(double percent) {
        return percent > 4 ? Color.WHITE : Color.web("#1f2328");
    }
}
