package org.socketworkbench.ui.console;

import javafx.beans.binding.Bindings;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.FxTexts;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Priority;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;

import java.io.File;
import java.io.IOException;
import java.util.Locale;

/**
 * The Console view: a code editor for Chrome App JavaScript ({@link ScriptEditor}), Open…/Run/Stop, and the script's output
 * (console lines, Chrome's warnings, uncaught errors as {@code file:line: message}). Stopping a
 * script destroys its sockets. A view over a {@link ConsoleModel}.
 *
 * <p>The output follows the newest line, scrolled at most once per pulse however many lines a
 * pulse brings; its colours are the theme's (see {@code workbench.css}).
 */
public final class ConsolePane extends BorderPane {

    private final ConsoleModel model;
    private final ScriptEditor editor;
    private final ListView<ConsoleLine> output = new ListView<>();
    private boolean scrollToEndPending;

    public ConsolePane(ConsoleModel model) {
        this.model = model;
        this.editor = new ScriptEditor(model);
        setId("consolePane");
        getStyleClass().add(StyleClasses.CONSOLE_PANE);
        createView();
    }

    public ConsoleModel model() {
        return model;
    }

    private void createView() {
        Button open = button("console.open", "consoleOpen");
        open.setOnAction(event -> openFile());
        Button run = button("console.run", "consoleRun");
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(model.running());
        Button stop = button("console.stop", "consoleStop");
        stop.setOnAction(event -> model.stop());
        stop.disableProperty().bind(model.running().not());
        Label state = new Label();
        state.setId("consoleState");
        state.textProperty().bind(Bindings.when(model.running())
                .then(FxTexts.text("console.running")).otherwise(FxTexts.text("console.idle")));
        Label name = new Label();
        name.textProperty().bind(model.scriptName());

        output.setId("consoleOutput");
        output.getStyleClass().add(StyleClasses.CONSOLE_OUTPUT);
        output.setItems(model.output());
        output.setCellFactory(list -> new LineCell());
        output.setPlaceholder(FxTexts.bind(new Label(), "console.output.placeholder"));
        model.output().addListener((ListChangeListener<ConsoleLine>) change -> scrollToEnd());
        Label dropped = new Label();
        dropped.setId("consoleDropped");
        dropped.getStyleClass().add(StyleClasses.CONSOLE_DROPPED);
        dropped.textProperty().bind(FxTexts.text("console.dropped",
                model.droppedLines().map(count -> thousands(count.longValue())), thousands(ConsoleModel.MAX_LINES)));
        dropped.visibleProperty().bind(model.droppedLines().greaterThan(0));
        dropped.managedProperty().bind(dropped.visibleProperty());
        VBox.setVgrow(output, Priority.ALWAYS);

        SplitPane split = new SplitPane(editor, new VBox(dropped, output));
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(new PaneHeader(Texts.get("console.title"), name, open, run, stop, state));
        setCenter(split);
    }

    /** Shows the last line at the coming layout: once per pulse, however many changes came before it. */
    private void scrollToEnd() {
        scrollToEndPending = true;
        requestLayout();
    }

    /** Scrolls before the list lays itself out in this same pass (children are laid out after this). */
    @Override
    protected void layoutChildren() {
        if (scrollToEndPending) {
            scrollToEndPending = false;
            if (!model.output().isEmpty()) {
                output.scrollTo(model.output().size() - 1);
            }
        }
        super.layoutChildren();
    }

    private static String thousands(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    private static Button button(String key, String id) {
        Button button = FxTexts.bind(new Button(), key);
        button.setId(id);
        return button;
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("console.open.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JavaScript", "*.js"), // i18n-ok: the language's name
                new FileChooser.ExtensionFilter(Texts.get("console.open.allFiles"), "*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            model.open(file.toPath());
        } catch (IOException e) {
            model.report(new ConsoleLine(ConsoleLevel.ERROR, Texts.get("console.cannotOpen", file, String.valueOf(e.getMessage()))));
        }
    }

    /** One output line, styled by level ({@link StyleClasses#consoleLevel}); the CSS gives the colours. */
    private static final class LineCell extends ListCell<ConsoleLine> {
        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(StyleClasses.CONSOLE_LEVELS);
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.text());
            getStyleClass().add(StyleClasses.consoleLevel(line.level()));
        }
    }
}
