package org.socketworkbench.ui.console;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.fxmisc.richtext.GenericStyledArea;
import org.socketworkbench.script.ScriptError;
import org.socketworkbench.ui.StyleClasses;

import java.util.function.IntFunction;

/**
 * The script editor's gutter: each paragraph's line number, right-aligned to the widest one, and
 * the line an uncaught error names marked ({@link StyleClasses#DANGER}, the error as tooltip).
 * Colours come from the stylesheet ({@link StyleClasses#CONSOLE_LINE_NUMBER}).
 */
final class LineGutter implements IntFunction<Node> {

    /** Room for three digits from the start, so the text does not shift while a script grows. */
    private static final int MIN_DIGITS = 3;

    private final GenericStyledArea<?, ?, ?> area;
    private int digits = MIN_DIGITS;
    private ScriptError error;

    LineGutter(GenericStyledArea<?, ?, ?> area) {
        this.area = area;
        area.setParagraphGraphicFactory(this);
        area.getParagraphs().addListener((javafx.beans.InvalidationListener) paragraphs -> resize());
    }

    /** Marks the line {@code error} names (null: none). */
    void mark(ScriptError error) {
        ScriptError before = this.error;
        this.error = error;
        recreate(before);
        recreate(error);
    }

    private void recreate(ScriptError error) {
        if (error != null && error.line() <= area.getParagraphs().size()) {
            area.recreateParagraphGraphic(error.line() - 1);
        }
    }

    /** A wider number (line 1000, say) makes every visible number again, so they stay aligned. */
    private void resize() {
        int needed = Math.max(MIN_DIGITS, Integer.toString(area.getParagraphs().size()).length());
        if (needed != digits) {
            digits = needed;
            area.setParagraphGraphicFactory(null);
            area.setParagraphGraphicFactory(this);
        }
    }

    @Override
    public Node apply(int paragraph) {
        int line = paragraph + 1;
        Label number = new Label(" ".repeat(Math.max(0, digits - Integer.toString(line).length())) + line);
        number.getStyleClass().add(StyleClasses.CONSOLE_LINE_NUMBER);
        number.setAlignment(Pos.CENTER_RIGHT);
        number.setMaxHeight(Double.MAX_VALUE);
        if (error != null && error.line() == line) {
            number.pseudoClassStateChanged(StyleClasses.DANGER, true);
            number.setTooltip(new Tooltip(error.toString()));
        }
        return number;
    }
}
