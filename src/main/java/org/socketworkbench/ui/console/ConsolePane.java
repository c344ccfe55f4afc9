package org.socketworkbench.ui.console;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.ui.PaneHeader;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The Console view: an editor for Chrome App JavaScript, Open…/Run/Stop, and the script's output
 * (console lines, Chrome's warnings, uncaught errors as {@code file:line: message}). Stopping a
 * script destroys its sockets.
 */
public final class ConsolePane extends BorderPane {

    private final ConsoleModel model;
    private final TextArea editor = new TextArea();
    private final ListView<ConsoleLine> output = new ListView<>();

    /**
     * @param engine     the workbench's engine: the scripts' sockets appear in its socket list
     * @param fxExecutor runs output updates on the FX thread (a {@code FxBatchingExecutor})
     */
    public ConsolePane(SocketEngine engine, Executor fxExecutor) {
        this.model = new ConsoleModel(engine, fxExecutor);
        setId("consolePane");
        getStyleClass().add("console-pane");
        createView();
    }

    public ConsoleModel model() {
        return model;
    }

    private void createView() {
        Button open = button("Open…", "consoleOpen");
        open.setOnAction(event -> openFile());
        Button run = button("Run", "consoleRun");
        run.setOnAction(event -> model.run());
        run.disableProperty().bind(model.running());
        Button stop = button("Stop", "consoleStop");
        stop.setOnAction(event -> model.stop());
        stop.disableProperty().bind(model.running().not());
        Label state = new Label();
        state.setId("consoleState");
        state.textProperty().bind(model.running().map(running -> running ? "Running" : "Idle"));
        Label name = new Label();
        name.textProperty().bind(model.scriptName());

        editor.setId("consoleEditor");
        editor.getStyleClass().add("console-editor");
        editor.setStyle("-fx-font-family: \"Monospaced\";");
        editor.setPromptText("Paste the chrome.socket code of a Chrome App, or open a .js file");
        editor.textProperty().bindBidirectional(model.script());

        output.setId("consoleOutput");
        output.setItems(model.output());
        output.setCellFactory(list -> new LineCell());
        output.setPlaceholder(new Label("Output of the script appears here"));
        model.output().addListener((ListChangeListener<ConsoleLine>) change -> {
            if (!model.output().isEmpty()) {
                output.scrollTo(model.output().size() - 1);
            }
        });

        SplitPane split = new SplitPane(editor, output);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.6);
        setTop(new PaneHeader("Console", name, open, run, stop, state));
        setCenter(split);
    }

    private static Button button(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        return button;
    }

    private void openFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a script");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JavaScript", "*.js"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            model.open(file.toPath());
        } catch (IOException e) {
            model.output().add(new ConsoleLine(ConsoleLevel.ERROR,
                    "Cannot open " + file + ": " + e.getMessage()));
        }
    }

    /** One output line, styled by level ({@code console-log}, {@code console-warn}, ...), in monospace. */
    private static final class LineCell extends ListCell<ConsoleLine> {
        @Override
        protected void updateItem(ConsoleLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeIf(style -> style.startsWith("console-"));
            if (empty || line == null) {
                setText(null);
                setStyle("");
                return;
            }
            setText(line.text());
            getStyleClass().add("console-" + line.level().name().toLowerCase(Locale.ROOT));
            setStyle("-fx-font-family: \"Monospaced\";" + switch (line.level()) {
                case WARN -> " -fx-text-fill: #9a6700;";
                case ERROR -> " -fx-text-fill: #cf222e;";
                default -> "";
            });
        }
    }
}
