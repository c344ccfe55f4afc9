package org.socketworkbench.ui.workspace;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.socketworkbench.workspace.RestoreReport;

import java.util.function.Supplier;

/**
 * The status bar's word on the last workspace saved or opened. It has a place of its own, since
 * the status bar's main text shows each socket operation's outcome, and a bench opening makes
 * many. Clicking it shows the last report again. FX thread.
 */
public final class WorkspaceStatus extends Label {

    private final Supplier<Window> owner;
    private RestoreReport report;

    public WorkspaceStatus(Supplier<Window> owner) {
        this.owner = owner;
        setId("workspaceStatus");
        setTooltip(new Tooltip());
        setOnMouseClicked(e -> {
            if (report != null) {
                WorkspaceDialogs.showReport(owner.get(), report);
            }
        });
    }

    /** A message (saved, opening, why not); the last report stays available. */
    public void show(String message) {
        setText(message);
        getTooltip().setText(message);
    }

    /** A report's summary; with a failed part, the report comes up in a dialog that does not block the window. */
    public void show(RestoreReport value) {
        report = value;
        show(value.summary());
        getTooltip().setText(value.text());
        if (!value.failures().isEmpty()) {
            WorkspaceDialogs.showReport(owner.get(), value);
        }
    }
}
