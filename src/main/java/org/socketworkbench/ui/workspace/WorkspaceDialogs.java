package org.socketworkbench.ui.workspace;

import javafx.scene.control.Alert;
import javafx.scene.control.ListView;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.workspace.PartOutcome;
import org.socketworkbench.workspace.RestoreReport;
import org.socketworkbench.workspace.WorkspaceFile;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The dialogs of workspaces: where to save, what to open, and what opening did. The report does
 * not block the window (at start it comes up while the bench opens behind it).
 */
public final class WorkspaceDialogs {

    private WorkspaceDialogs() {
    }

    /** Where to save; empty when the user cancelled. */
    public static Optional<Path> chooseSave(Window owner) {
        FileChooser chooser = chooser("workspace.dialog.saveTitle");
        chooser.setInitialFileName("workspace" + WorkspaceFile.EXTENSION); // i18n-ok: a file name, not words
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /** What to open; empty when the user cancelled. */
    public static Optional<Path> chooseOpen(Window owner) {
        return Optional.ofNullable(chooser("workspace.dialog.openTitle").showOpenDialog(owner)).map(File::toPath);
    }

    /** Every part with how it fared; the failed ones say Chrome's error and why. */
    public static Alert showReport(Window owner, RestoreReport report) {
        Alert alert = new Alert(report.failures().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.initModality(Modality.NONE);
        alert.setTitle(Texts.get("workspace.dialog.resultTitle"));
        alert.setHeaderText(report.summary());
        ListView<String> parts = new ListView<>();
        parts.setId("workspaceReportParts");
        parts.getItems().setAll(report.outcomes().stream().map(PartOutcome::describe).toList());
        parts.setPrefSize(640, Math.min(400, 32 + 26 * parts.getItems().size()));
        alert.getDialogPane().setContent(parts);
        alert.getDialogPane().setId("workspaceReportDialog");
        alert.show();
        return alert;
    }

    private static FileChooser chooser(String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("workspace.dialog.jsonFiles"),
                "*" + WorkspaceFile.EXTENSION));
        return chooser;
    }
}
