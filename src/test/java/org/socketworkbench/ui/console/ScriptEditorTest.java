package org.socketworkbench.ui.console;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.ui.FxBatchingExecutor;
import org.socketworkbench.ui.StyleClasses;
import org.testfx.api.FxRobot;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Console's script editor: line numbers, highlighting, the error line, find, undo/redo. */
class ScriptEditorTest {

    private final FxRobot robot = new FxRobot();
    private final SocketEngine engine = SocketEngine.builder().build();
    private ConsoleModel model;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void showPane() throws Exception {
        fx.mount(() -> {
            model = new ConsoleModel(engine, new FxBatchingExecutor());
            return new ConsolePane(model);
        }, 800, 600);
    }

    @AfterEach
    void cleanUp() {
        engine.close();
    }

    private CodeArea area() {
        return robot.lookup("#consoleEditor").query();
    }

    private void setScript(String text) throws Exception {
        FxThread.run(() -> model.script().set(text));
    }

    /** The gutter's numbers on screen, by line number, as shown (padded). */
    private List<Label> lineNumbers() {
        return robot.lookup("." + StyleClasses.CONSOLE_LINE_NUMBER).queryAllAs(Label.class).stream()
                .sorted((a, b) -> Integer.compare(Integer.parseInt(a.getText().strip()), Integer.parseInt(b.getText().strip())))
                .toList();
    }

    @Test
    void theEditorShowsLineNumbers() throws Exception {
        setScript("var a = 1;\nvar b = 2;\nconsole.log(a + b);");
        FxThread.waitUntil(10, () -> lineNumbers().size() == 3);
        assertEquals(List.of("  1", "  2", "  3"), FxThread.call(() -> lineNumbers().stream().map(Label::getText).toList()));
        assertEquals("var a = 1;\nvar b = 2;\nconsole.log(a + b);", FxThread.call(() -> area().getText()), "the model's script is the editor's text");
    }

    @Test
    void anUncaughtErrorMarksItsLineUntilTheScriptIsEdited() throws Exception {
        setScript("var a = 1;\nvar b = 2;\n\nnull.x;\nvar c = 3;\n");
        robot.clickOn("#consoleRun");
        FxThread.waitUntil(20, () -> model.error().get() != null);
        assertEquals(4, FxThread.call(() -> model.error().get().line()));
        FxThread.waitUntil(10, () -> dangerLines().equals(List.of("4")));
        assertEquals(List.of(StyleClasses.CONSOLE_ERROR_LINE), List.copyOf(FxThread.call(() -> area().getParagraph(3).getParagraphStyle())));
        assertEquals(List.of(), List.copyOf(FxThread.call(() -> area().getParagraph(2).getParagraphStyle())));

        FxThread.run(() -> area().insertText(0, "// edited\n"));
        FxThread.waitUntil(10, () -> dangerLines().isEmpty());
        assertTrue(FxThread.call(() -> area().getParagraphs().stream().allMatch(p -> p.getParagraphStyle().isEmpty())),
                "an edit takes the mark away: the line it named may have moved");
    }

    private List<String> dangerLines() {
        PseudoClass danger = StyleClasses.DANGER;
        return lineNumbers().stream().filter(label -> label.getPseudoClassStates().contains(danger))
                .map(label -> label.getText().strip()).toList();
    }

    @Test
    void findMovesTheCaretToTheNextMatchAndWrapsAround() throws Exception {
        setScript("var port = 1;\nconsole.log(PORT);\nport++;\n");
        robot.clickOn("#consoleEditor");
        FxThread.run(() -> area().moveTo(0));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write("port");
        assertEquals(8, FxThread.call(() -> area().getCaretPosition()), "typing selects the first match");
        assertEquals("port", FxThread.call(() -> area().getSelectedText()));
        robot.push(KeyCode.ENTER);
        assertEquals(30, FxThread.call(() -> area().getCaretPosition()), "Enter: the next match, ignoring case (the caret at its end)");
        assertEquals(1, FxThread.call(() -> area().getCurrentParagraph()));
        robot.push(KeyCode.ENTER);
        assertEquals(2, FxThread.call(() -> area().getCurrentParagraph()));
        robot.push(KeyCode.ENTER);
        assertEquals(8, FxThread.call(() -> area().getCaretPosition()), "past the last match it starts again at the top");
        robot.push(KeyCode.SHIFT, KeyCode.ENTER);
        assertEquals(2, FxThread.call(() -> area().getCurrentParagraph()), "Shift+Enter: the match before");

        robot.write("x");
        Label status = robot.lookup("#consoleFindStatus").query();
        assertEquals(org.socketworkbench.i18n.Texts.get(FindBar.NO_MATCH), FxThread.call(status::getText));
        robot.push(KeyCode.ESCAPE);
        assertFalse(FxThread.call(() -> robot.lookup("#consoleFindBar").query().isVisible()));
        assertTrue(FxThread.call(() -> area().isFocused()), "Escape gives the editor the focus back");
    }

    @Test
    void undoAndRedoTheTyping() throws Exception {
        setScript("var a;");
        robot.clickOn("#consoleEditor");
        FxThread.run(() -> area().moveTo(area().getLength()));
        robot.write(" var b;");
        assertEquals("var a; var b;", FxThread.call(() -> model.script().get()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("var a;", FxThread.call(() -> model.script().get()), "undo takes the typing back, not the script set before");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("var a;", FxThread.call(() -> area().getText()), "a script set from outside is not an edit to undo");
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals("var a; var b;", FxThread.call(() -> model.script().get()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("var a; var b;", FxThread.call(() -> area().getText()), "Ctrl+Shift+Z redoes too");
    }

    @Test
    void highlightingGivesTokensTheirStyleClasses() throws Exception {
        String script = "var s = 'x'; // note\nif (s === null) { f(42); }";
        setScript(script);
        FxThread.waitUntil(10, () -> styleAt(script.indexOf("var")).contains(StyleClasses.JS_KEYWORD));
        assertEquals(Set.of(StyleClasses.JS_STRING), FxThread.call(() -> styleAt(script.indexOf("'x'") + 1)));
        assertEquals(Set.of(StyleClasses.JS_COMMENT), FxThread.call(() -> styleAt(script.indexOf("note"))));
        assertEquals(Set.of(StyleClasses.JS_KEYWORD), FxThread.call(() -> styleAt(script.indexOf("if"))));
        assertEquals(Set.of(StyleClasses.JS_LITERAL), FxThread.call(() -> styleAt(script.indexOf("null"))));
        assertEquals(Set.of(StyleClasses.JS_NUMBER), FxThread.call(() -> styleAt(script.indexOf("42"))));
        assertEquals(Set.of(), FxThread.call(() -> styleAt(script.indexOf("f("))));

        robot.clickOn("#consoleEditor");
        FxThread.run(() -> area().moveTo(area().getLength()));
        robot.write("\nreturn");
        FxThread.waitUntil(10, () -> styleAt(script.length() + 2).contains(StyleClasses.JS_KEYWORD));
    }

    private Set<String> styleAt(int position) {
        // getStyleOfChar(i) is the style of the character before i: ask for the one at position.
        Collection<String> style = area().getStyleOfChar(position + 1);
        return Set.copyOf(style);
    }
}
