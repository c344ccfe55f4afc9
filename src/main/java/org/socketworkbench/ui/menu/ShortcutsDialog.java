package org.socketworkbench.ui.menu;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.List;

/**
 * Help, Keyboard shortcuts: every accelerator of the registry, plus the keys that act inside one
 * pane. Made from the registry, so the list is never out of date.
 */
public final class ShortcutsDialog {

    /** A key and what it does. */
    public record Shortcut(String keys, String action) {
    }

    /** Keys handled by a pane itself rather than by a command of the menu bar. */
    static final List<Shortcut> IN_PANES = List.of(
            new Shortcut("Shortcut+Enter", "Send (in the composer)"),
            new Shortcut("Delete", "Destroy the selected socket (in the socket list)"),
            new Shortcut("Shift+F10 or the Menu key", "The selected row's context menu"),
            new Shortcut("Ctrl+Tab", "Next view (Workbench, Multicast, Console)"),
            new Shortcut("F6", "Next pane (Tab and Shift+Tab move between controls)"));

    private ShortcutsDialog() {
    }

    public static List<Shortcut> shortcuts(ActionRegistry registry) {
        List<Shortcut> all = new ArrayList<>();
        for (AppAction action : registry.actions()) {
            action.accelerator().ifPresent(key -> all.add(new Shortcut(key.getDisplayText(), action.plainText())));
        }
        all.addAll(IN_PANES);
        return all;
    }

    public static Alert create(Window owner, ActionRegistry registry) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutTable");
        table.setAccessibleText("Keyboard shortcuts");
        TableColumn<Shortcut, String> keys = new TableColumn<>("Keys");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(200);
        TableColumn<Shortcut, String> action = new TableColumn<>("Does");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(380);
        table.getColumns().setAll(List.of(keys, action));
        table.getItems().setAll(shortcuts(registry));
        table.setPrefSize(600, 440);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Shortcut is Ctrl, or Cmd on macOS)");
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.setResizable(true);
        return alert;
    }
}
