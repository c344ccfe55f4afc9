package org.socketworkbench.ui.workspace;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.menu.AppAction;

import static org.socketworkbench.ui.menu.DesktopConventions.shortcut;

/**
 * File menu commands for workspaces (src/docs/workspace-format.md): Save workspace… (Shortcut+S,
 * the save key of every desktop), Open workspace… (Shortcut+Shift+O, beside Open script's
 * Shortcut+O) and the check item "Restore last workspace at start". The two commands are actions,
 * so their shortcuts are listed under Help, Keyboard shortcuts. Their texts follow the window's
 * language.
 */
public final class WorkspaceMenu {

    private WorkspaceMenu() {
    }

    /** The item {@code menu-saveWorkspace}. */
    public static AppAction save(Runnable handler) {
        return AppAction.of("saveWorkspace", FxTexts.text("workspace.menu.save"),
                FxTexts.text("workspace.menu.save.help"), handler).accelerator(shortcut(KeyCode.S));
    }

    /** The item {@code menu-openWorkspace}. */
    public static AppAction open(Runnable handler) {
        return AppAction.of("openWorkspace", FxTexts.text("workspace.menu.open"),
                FxTexts.text("workspace.menu.open.help"), handler)
                .accelerator(shortcut(KeyCode.O, KeyCombination.SHIFT_DOWN));
    }

    /** Checked while {@code state} is true; bound both ways. */
    public static MenuItem restoreAtStart(BooleanProperty state) {
        CheckMenuItem item = FxTexts.bind(new CheckMenuItem(), "workspace.menu.restoreAtStart");
        item.setId("menu-restoreWorkspace");
        item.selectedProperty().bindBidirectional(state);
        return item;
    }
}
