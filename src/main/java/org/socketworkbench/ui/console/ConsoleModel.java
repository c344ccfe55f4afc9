package org.socketworkbench.ui.console;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.script.RunningScript;
import org.socketworkbench.script.ScriptOutcome;
import org.socketworkbench.script.ScriptPermissions;
import org.socketworkbench.script.ScriptRunner;
import org.socketworkbench.script.ScriptSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The Console view's state: the script being edited, where it came from (its folder's
 * manifest.json gives the permissions), the output of the current run, and whether it runs.
 * Scripts run on the workbench's engine, so their sockets show in the socket list and the traffic
 * pane. FX thread only; script output arrives through the FX executor.
 */
public final class ConsoleModel {

    static final String UNTITLED = "untitled.js";

    private final SocketEngine engine;
    private final Executor fxExecutor;
    private final StringProperty script = new SimpleStringProperty("");
    private final StringProperty scriptName = new SimpleStringProperty(UNTITLED);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObservableList<ConsoleLine> output = FXCollections.observableArrayList();
    private Path scriptFile;
    private RunningScript current;

    /**
     * @param engine     the engine the scripts' sockets live in
     * @param fxExecutor runs output updates on the FX thread (a {@code FxBatchingExecutor})
     */
    public ConsoleModel(SocketEngine engine, Executor fxExecutor) {
        this.engine = Objects.requireNonNull(engine);
        this.fxExecutor = Objects.requireNonNull(fxExecutor);
    }

    /** The script text in the editor. */
    public StringProperty script() {
        return script;
    }

    /** The name errors are reported with: the file's name, or {@code untitled.js}. */
    public StringProperty scriptName() {
        return scriptName;
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** Console lines of the current (or last) run. */
    public ObservableList<ConsoleLine> output() {
        return output;
    }

    /** Loads a script file into the editor; its folder's manifest.json will give the permissions. */
    public void open(Path file) throws IOException {
        script.set(Files.readString(file, StandardCharsets.UTF_8));
        scriptName.set(file.getFileName().toString());
        scriptFile = file;
    }

    /** Runs the editor's text; does nothing while a run is going on. */
    public void run() {
        if (running.get()) {
            return;
        }
        output.clear();
        ScriptPermissions permissions;
        try {
            permissions = scriptFile != null ? ScriptPermissions.forScript(scriptFile)
                    : ScriptPermissions.allowAll("No " + ScriptPermissions.MANIFEST + " (the script is not from a file)");
        } catch (IOException | IllegalArgumentException e) {
            output.add(new ConsoleLine(ConsoleLevel.ERROR, "Cannot read the manifest: " + e.getMessage()));
            return;
        }
        running.set(true);
        RunningScript started = ScriptRunner.start(new ScriptSource(scriptName.get(), script.get()), permissions, engine,
                line -> fxExecutor.execute(() -> output.add(line)));
        current = started;
        started.outcome().thenAccept(outcome -> fxExecutor.execute(() -> ended(started, outcome)));
    }

    private void ended(RunningScript script, ScriptOutcome outcome) {
        if (current != script) {
            return;
        }
        current = null;
        running.set(false);
        output.add(new ConsoleLine(ConsoleLevel.INFO, switch (outcome.status()) {
            case FINISHED -> "Finished: nothing left to wait for.";
            case STOPPED -> "Stopped; the script's sockets were destroyed.";
            case FAILED -> "Ended by an uncaught error.";
        }));
    }

    /** Stops the running script, which destroys its sockets. */
    public void stop() {
        if (current != null) {
            current.stop();
        }
    }
}
