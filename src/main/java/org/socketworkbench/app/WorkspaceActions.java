package org.socketworkbench.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.Window;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.settings.SettingsKeeper;
import org.socketworkbench.ui.menu.ActionRegistry;
import org.socketworkbench.ui.menu.MenuSection;
import org.socketworkbench.ui.menu.RecentFiles;
import org.socketworkbench.ui.workspace.WorkspaceDialogs;
import org.socketworkbench.ui.workspace.WorkspaceMenu;
import org.socketworkbench.ui.workspace.WorkspaceStatus;
import org.socketworkbench.workspace.Bench;
import org.socketworkbench.workspace.RestoreReport;
import org.socketworkbench.workspace.Workspace;
import org.socketworkbench.workspace.WorkspaceCapture;
import org.socketworkbench.workspace.WorkspaceFile;
import org.socketworkbench.workspace.WorkspaceRestore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The window's workspace commands (src/docs/workspace-format.md): File ▸ Save workspace…, Open
 * workspace…, "Restore last workspace at start", and a {@code .json} file opened from the recent
 * list or dropped onto the window. The bench is captured and opened on the FX thread; the file is
 * read and written on a background thread. What opening did shows in the status bar, and when a
 * part failed, in a dialog that does not block the window.
 */
final class WorkspaceActions {

    private static final Executor BACKGROUND = task -> Thread.ofVirtual().name("workspace-file").start(task);

    private final Bench bench;
    private final SettingsKeeper settings;
    private final RecentFiles recentFiles;
    private final Supplier<Window> owner;
    private final WorkspaceStatus status;
    private final Executor fx;
    private final BooleanProperty restoreAtStart;
    private final ReadOnlyObjectWrapper<RestoreReport> lastReport = new ReadOnlyObjectWrapper<>();

    WorkspaceActions(Bench bench, SettingsKeeper settings, RecentFiles recentFiles, Supplier<Window> owner,
                     Executor fx) {
        this.bench = bench;
        this.settings = settings;
        this.recentFiles = recentFiles;
        this.owner = owner;
        this.status = new WorkspaceStatus(owner);
        this.fx = fx;
        restoreAtStart = new SimpleBooleanProperty(settings.current().desktop().restoreWorkspace());
        restoreAtStart.addListener((obs, was, now) ->
                settings.update(s -> s.withDesktop(s.desktop().withRestoreWorkspace(now))));
    }

    /** A file the workbench opens as a workspace (by its extension; its content decides the rest). */
    static boolean isWorkspace(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(WorkspaceFile.EXTENSION);
    }

    /** Adds the File menu's workspace items. */
    void addTo(ActionRegistry registry) {
        registry.add(MenuSection.FILE_WORKSPACE, WorkspaceMenu.save(
                () -> WorkspaceDialogs.chooseSave(owner.get()).ifPresent(this::save)));
        registry.add(MenuSection.FILE_WORKSPACE, WorkspaceMenu.open(
                () -> WorkspaceDialogs.chooseOpen(owner.get()).ifPresent(this::open)));
        registry.addItem(MenuSection.FILE_WORKSPACE, () -> WorkspaceMenu.restoreAtStart(restoreAtStart));
    }

    /** What is saved and opened (for tests in this package). */
    Bench bench() {
        return bench;
    }

    /** Whether the last workspace opens at start (the check item; kept in the settings). */
    BooleanProperty restoreAtStartProperty() {
        return restoreAtStart;
    }

    /** The report of the workspace opened last, or null. */
    ReadOnlyObjectProperty<RestoreReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    /** Saves the bench as it runs now; FX thread. The future completes once the file is written. */
    CompletableFuture<Void> save(Path file) {
        Workspace workspace = WorkspaceCapture.capture(bench);
        String name = file.getFileName().toString();
        return CompletableFuture.runAsync(() -> write(file, workspace), BACKGROUND)
                .handleAsync((done, failure) -> {
                    if (failure != null) {
                        status.show(Texts.get("workspace.status.saveFailed", file, reason(failure)));
                    } else {
                        remember(file);
                        status.show(Texts.get("workspace.status.saved", name, workspace.size()));
                    }
                    return null;
                }, fx);
    }

    /**
     * Opens a workspace file into the bench, every part it can; FX thread. The future gets the
     * report, or null when the file was not opened (the status line says why).
     */
    CompletableFuture<RestoreReport> open(Path file) {
        return open(file, "workspace.status.openFailed");
    }

    /** At start: the last workspace saved or opened, when the check item is on. */
    void restoreAtStart() {
        String last = settings.current().desktop().lastWorkspace();
        if (restoreAtStart.get() && !last.isEmpty()) {
            open(Path.of(last), "workspace.status.startFailed");
        }
    }

    private CompletableFuture<RestoreReport> open(Path file, String failureKey) {
        String name = file.getFileName().toString();
        status.show(Texts.get("workspace.status.opening", name));
        CompletableFuture<RestoreReport> done = new CompletableFuture<>();
        CompletableFuture.supplyAsync(() -> read(file), BACKGROUND).whenCompleteAsync((workspace, failure) -> {
            if (failure != null) {
                if (cause(failure) instanceof NoSuchFileException) {
                    recentFiles.forget(file);
                }
                status.show(Texts.get(failureKey, file, reason(failure)));
                done.complete(null);
                return;
            }
            remember(file);
            WorkspaceRestore.restore(bench, workspace).whenCompleteAsync((report, problem) -> {
                if (problem != null) {
                    status.show(Texts.get(failureKey, file, reason(problem)));
                    done.complete(null);
                    return;
                }
                show(report);
                done.complete(report);
            }, fx);
        }, fx);
        return done;
    }

    private void show(RestoreReport report) {
        lastReport.set(report);
        status.show(report);
    }

    /** For the status bar: what the last save or open did. */
    WorkspaceStatus status() {
        return status;
    }

    /** The file opens from File ▸ Open recent, and at start when asked. */
    private void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        recentFiles.remember(absolute);
        settings.update(s -> s.withDesktop(s.desktop().withLastWorkspace(absolute.toString())));
    }

    private static void write(Path file, Workspace workspace) {
        try {
            WorkspaceFile.write(file, workspace);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Workspace read(Path file) {
        try {
            return WorkspaceFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Throwable cause(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof UncheckedIOException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Why, for the user: a workspace file's own message, or the system's for a file it cannot read. */
    private static String reason(Throwable failure) {
        Throwable cause = cause(failure);
        if (cause instanceof NoSuchFileException) {
            return Texts.get("workspace.status.noSuchFile");
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
