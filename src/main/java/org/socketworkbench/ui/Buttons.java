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

    /** A button whose text and tooltip are bundle keys, so it follows the language (View, Language). */
    public static Button bound(String textKey, String id, String tooltipKey, Runnable action) {
        Button button = FxTexts.bind(new Button(), textKey);
        button.setId(id);
        button.setTooltip(FxTexts.tooltip(tooltipKey));
        button.setOnAction(e -> action.run());
        return button;
    }
}
