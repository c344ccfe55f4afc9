package org.socketworkbench.ui.console;

import org.socketworkbench.i18n.Texts;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.script.RunningScript;
import org.socketworkbench.script.ScriptError;
import org.socketworkbench.script.ScriptOutcome;
import org.socketworkbench.script.ScriptPermissions;
import org.socketworkbench.script.ScriptRunner;
import org.socketworkbench.script.ScriptSource;
import org.socketworkbench.ui.ViewRows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Console view's state: the script being edited, where it came from (its folder's
 * manifest.json gives the permissions), the output of the current run, and whether it runs.
 * Scripts run on the workbench's engine, so their sockets show in the socket list and the traffic
 * pane.
 *
 * <p>The output is bounded: it keeps the newest {@link #MAX_LINES} lines and counts the ones it
 * dropped. A script that prints in a loop must not grow the list without end, nor post one FX
 * task per line: lines are queued on the script's thread and taken in as one batch, with at most
 * one hand-over to the FX executor pending. FX thread only, except where the script's thread
 * queues lines.
 */
public final class ConsoleModel {

    static final String UNTITLED = "untitled.js";
    /** The most lines the output keeps; older ones are dropped (and counted). */
    public static final int MAX_LINES = 10_000;

    private final SocketEngine engine;
    private final Executor fxExecutor;
    private final StringProperty script = new SimpleStringProperty("");
    private final StringProperty scriptName = new SimpleStringProperty(UNTITLED);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ViewRows<ConsoleLine> lines = new ViewRows<>();
    private final ObservableList<ConsoleLine> output = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyLongWrapper droppedLines = new ReadOnlyLongWrapper();
    private final ReadOnlyObjectWrapper<ScriptError> error = new ReadOnlyObjectWrapper<>();
    private final ConcurrentLinkedQueue<ConsoleLine> incoming = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean takeInPending = new AtomicBoolean();
    private Path scriptFile;
    private RunningScript current;

    /**
     * @param engine     the engine the scripts' sockets live in
     * @param fxExecutor runs output updates on the FX thread (a {@code FxBatchingExecutor})
     */
    public ConsoleModel(SocketEngine engine, Executor fxExecutor) {
        this.engine = Objects.requireNonNull(engine);
        this.fxExecutor = Objects.requireNonNull(fxExecutor);
        // The line an error names is only right for the text that ran: an edit takes the mark away.
        script.addListener((property, before, now) -> error.set(null));
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

    /** Console lines of the current (or last) run, the newest {@link #MAX_LINES} of them (read-only). */
    public ObservableList<ConsoleLine> output() {
        return output;
    }

    /** How many older lines of this run the output no longer holds. */
    public ReadOnlyLongProperty droppedLines() {
        return droppedLines.getReadOnlyProperty();
    }

    /**
     * The uncaught error that ended the last run, when it names a line of the script; null after
     * a run without one, while a run goes on, and once the script is edited.
     */
    public ReadOnlyObjectProperty<ScriptError> error() {
        return error.getReadOnlyProperty();
    }

    /** Adds a line of the workbench's own (e.g. a file that could not be opened) to the output. */
    public void report(ConsoleLine line) {
        takeIn();
        append(List.of(line));
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
        incoming.clear();
        lines.replaceAll(List.of());
        droppedLines.set(0);
        error.set(null);
        ScriptPermissions permissions;
        try {
            permissions = scriptFile != null ? ScriptPermissions.forScript(scriptFile)
                    : ScriptPermissions.allowAll(Texts.get("console.noManifest", ScriptPermissions.MANIFEST));
        } catch (IOException | IllegalArgumentException e) {
            report(new ConsoleLine(ConsoleLevel.ERROR, Texts.get("console.badManifest", String.valueOf(e.getMessage()))));
            return;
        }
        running.set(true);
        RunningScript started = ScriptRunner.start(new ScriptSource(scriptName.get(), script.get()), permissions, engine,
                this::queue);
        current = started;
        started.outcome().thenAccept(outcome -> fxExecutor.execute(() -> ended(started, outcome)));
    }

    private void ended(RunningScript script, ScriptOutcome outcome) {
        if (current != script) {
            return;
        }
        current = null;
        running.set(false);
        ScriptError failure = outcome.error();
        if (failure != null && failure.line() > 0 && failure.source().equals(scriptName.get())) {
            error.set(failure);
        }
        report(new ConsoleLine(ConsoleLevel.INFO, switch (outcome.status()) {
            case FINISHED -> Texts.get("console.finished");
            case STOPPED -> Texts.get("console.stopped");
            case FAILED -> Texts.get("console.failed");
        }));
    }

    /** The script's thread: queues a line and makes sure one hand-over to the FX thread is pending. */
    private void queue(ConsoleLine line) {
        incoming.add(line);
        if (takeInPending.compareAndSet(false, true)) {
            fxExecutor.execute(this::takeIn);
        }
    }

    /** Moves every queued line into the output, in one change. */
    private void takeIn() {
        takeInPending.set(false);
        List<ConsoleLine> batch = new ArrayList<>();
        ConsoleLine line;
        while ((line = incoming.poll()) != null) {
            batch.add(line);
        }
        append(batch);
    }

    private void append(List<ConsoleLine> batch) {
        if (batch.isEmpty()) {
            return;
        }
        int overflow = lines.size() + batch.size() - MAX_LINES;
        if (overflow > 0) {
            int fromOutput = Math.min(overflow, lines.size());
            lines.dropFirst(fromOutput);
            droppedLines.set(droppedLines.get() + overflow);
            batch = batch.subList(overflow - fromOutput, batch.size());
        }
        lines.append(batch);
    }

    /** Stops the running script, which destroys its sockets. */
    public void stop() {
        if (current != null) {
            current.stop();
        }
    }
}
