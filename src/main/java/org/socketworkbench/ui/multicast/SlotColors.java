package org.socketworkbench.ui.multicast;

import javafx.scene.paint.Color;
import org.socketworkbench.multicast.SlotState;

/** The colour of each timeline slot state, legible on the light and the dark theme. */
final class SlotColors {

    private SlotColors() {
    }

    static Color of(SlotState state) {
        return switch (state) {
            case RECEIVED -> Color.web("#2da44e");
            case LATE -> Color.web("#d4a72c");
            case MISSING -> Color.web("#cf222e");
            case SILENT -> Color.web("#8c959f", 0.35);
            case REORDERED -> Color.web("#218bff");
            case DUPLICATE -> Color.web("#a475f9");
        };
    }

    /** The key of the legend's word for a state. */
    static String labelKey(SlotState state) {
        return "multicast.slot." + state.name();
    }
}
