package org.socketworkbench.ui;

import javafx.beans.binding.StringBinding;
import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

import java.util.Optional;

/**
 * Tooltips made when the pointer first enters their control. Each {@link Tooltip} is a popup
 * window with a scene of its own, and the twenty or so of the first frame's controls were a
 * tenth of the FX thread's work before that frame (src/docs/startup.md). The text is bound at
 * once, and a screen reader reads it as the control's help, as it reads a tooltip.
 */
public final class LazyTooltips {

    /** Where a control keeps its tooltip's text until the tooltip is made. */
    private static final String PENDING = "socketworkbench.pendingTooltip";

    private static final EventHandler<MouseEvent> MAKE_ON_ENTER = event -> {
        if (event.getSource() instanceof Control control) {
            make(control);
        }
    };

    private LazyTooltips() {
    }

    /** Gives {@code control} the tooltip {@code key} (in the current language, following a switch). */
    public static <C extends Control> C install(C control, String key, Object... args) {
        StringBinding text = FxTexts.text(key, args);
        control.getProperties().put(PENDING, text);
        if (!control.accessibleHelpProperty().isBound() && control.getAccessibleHelp() == null) {
            control.accessibleHelpProperty().bind(text);
        }
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, MAKE_ON_ENTER);
        return control;
    }

    /** The text of the control's tooltip, made yet or not. */
    public static Optional<String> text(Control control) {
        if (control.getProperties().get(PENDING) instanceof StringBinding pending) {
            return Optional.ofNullable(pending.get());
        }
        return Optional.ofNullable(control.getTooltip()).map(Tooltip::getText);
    }

    /** The tooltip itself, made now if it was still pending. */
    public static Optional<Tooltip> tooltip(Control control) {
        make(control);
        return Optional.ofNullable(control.getTooltip());
    }

    private static void make(Control control) {
        control.removeEventHandler(MouseEvent.MOUSE_ENTERED, MAKE_ON_ENTER);
        if (control.getProperties().remove(PENDING) instanceof StringBinding text && control.getTooltip() == null) {
            Tooltip tooltip = new Tooltip();
            tooltip.textProperty().bind(text);
            control.setTooltip(tooltip);
        }
    }
}
