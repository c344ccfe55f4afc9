package org.socketworkbench.ui.console;

import org.socketworkbench.ui.FxTexts;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.socketworkbench.script.ScriptError;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The Console's script editor (RichTextFX {@link CodeArea}): line numbers, JavaScript
 * highlighting computed off the FX thread, the line of the last uncaught error marked in the
 * gutter and the text, find (Ctrl+F), undo/redo (Ctrl+Z, Ctrl+Y / Ctrl+Shift+Z, the area's own).
 * Its text is the model's {@link ConsoleModel#script()}, both ways. Colours are the theme's (see
 * {@code workbench.css}).
 */
final class ScriptEditor extends BorderPane {

    private static final KeyCombination FIND = KeyCombination.keyCombination("Shortcut+F"); // i18n-ok: a key combination, not a text
    private static final Executor HIGHLIGHT_THREAD = task -> Thread.ofVirtual().name("console-highlight").start(task);

    private final CodeArea area = new CodeArea();
    private final LineGutter gutter = new LineGutter(area);
    private final FindBar findBar = new FindBar(area);
    private boolean marked;

    ScriptEditor(ConsoleModel model) {
        area.setId("consoleEditor");
        area.getStyleClass().add(StyleClasses.CONSOLE_EDITOR);
        Label prompt = FxTexts.bind(new Label(), "console.editor.placeholder");
        prompt.getStyleClass().add(StyleClasses.CONSOLE_DROPPED);
        area.setPlaceholder(prompt);
        new Highlighting(area, HIGHLIGHT_THREAD);
        follow(model);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                findBar.open();
                event.consume();
            } else if (event.getCode() == KeyCode.F3) {
                if (event.isShiftDown()) {
                    findBar.previous();
                } else {
                    findBar.next();
                }
                event.consume();
            }
        });
        setTop(findBar);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    /** The editing area (its id is {@code consoleEditor}). */
    CodeArea area() {
        return area;
    }

    private void follow(ConsoleModel model) {
        area.replaceText(model.script().get());
        area.getUndoManager().forgetHistory();
        area.textProperty().addListener((property, before, now) -> {
            if (!now.equals(model.script().get())) {
                model.script().set(now);
            }
        });
        model.script().addListener((property, before, now) -> {
            if (!now.equals(area.getText())) {
                // A new script (a file opened): it is not an edit of the old one to undo.
                area.replaceText(now);
                area.getUndoManager().forgetHistory();
                area.moveTo(0);
                area.requestFollowCaret();
            }
        });
        model.error().addListener((property, before, now) -> mark(now));
    }

    /** Marks the line {@code error} names in the gutter and the text, and scrolls it into sight. */
    private void mark(ScriptError error) {
        gutter.mark(error);
        if (marked) {
            // Edits since may have moved the marked paragraph, or split it (Enter copies its style).
            for (int paragraph = 0; paragraph < area.getParagraphs().size(); paragraph++) {
                if (!area.getParagraph(paragraph).getParagraphStyle().isEmpty()) {
                    area.setParagraphStyle(paragraph, List.of());
                }
            }
            marked = false;
        }
        if (error != null && error.line() <= area.getParagraphs().size()) {
            int paragraph = error.line() - 1;
            area.setParagraphStyle(paragraph, List.of(StyleClasses.CONSOLE_ERROR_LINE));
            area.showParagraphInViewport(paragraph);
            marked = true;
        }
    }
}
