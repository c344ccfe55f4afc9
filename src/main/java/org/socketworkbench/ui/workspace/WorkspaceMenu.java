package org.socketworkbench.ui.workspace;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import org.socketworkbench.ui.FxTexts;

/**
 * File menu items for workspaces (src/docs/workspace-format.md): Save workspace…, Open
 * workspace… and the check item "Restore last workspace at start". Their texts follow the
 * window's language.
 */
public final class WorkspaceMenu {

    private WorkspaceMenu() {
    }

    public static MenuItem save(Runnable handler) {
        return item("menu-saveWorkspace", "workspace.menu.save", handler);
    }

    public static MenuItem open(Runnable handler) {
        return item("menu-openWorkspace", "workspace.menu.open", handler);
    }

    /** Checked while {@code state} is true; bound both ways. */
    public static MenuItem restoreAtStart(BooleanProperty state) {
        CheckMenuItem item = FxTexts.bind(new CheckMenuItem(), "workspace.menu.restoreAtStart");
        item.setId("menu-restoreWorkspace");
        item.selectedProperty().bindBidirectional(state);
        return item;
    }

    private static MenuItem item(String id, String key, Runnable handler) {
        MenuItem item = FxTexts.bind(new MenuItem(), key);
        item.setId(id);
        item.setMnemonicParsing(true);
        item.setOnAction(e -> handler.run());
        return item;
    }
}
