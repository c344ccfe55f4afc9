package org.socketworkbench.ui;

import javafx.scene.control.Button;

/** Buttons the way every pane makes them: text and tooltip from the bundles, an id for tests, an action. */
public final class Buttons {

    private Buttons() {
    }

    /** A button whose text and tooltip are bundle keys, so it follows the language (View, Language). */
    public static Button bound(String textKey, String id, String tooltipKey, Runnable action) {
        Button button = FxTexts.bind(new Button(), textKey);
        button.setId(id);
        LazyTooltips.install(button, tooltipKey);
        button.setOnAction(e -> action.run());
        return button;
    }
}
