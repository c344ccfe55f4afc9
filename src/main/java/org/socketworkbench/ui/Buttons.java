package org.socketworkbench.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Buttons the way every pane makes them: text, an id for tests, a tooltip, an action. */
public final class Buttons {

    private Buttons() {
    }

    public static Button of(String text, String id, String tooltip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setOnAction(e -> action.run());
        return button;
    }
}
