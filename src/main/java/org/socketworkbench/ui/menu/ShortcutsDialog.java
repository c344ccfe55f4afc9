package org.socketworkbench.ui.menu;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.FxTexts;

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

    /** Keys handled by a pane itself rather than by a command of the menu bar, in the current language. */
    static List<Shortcut> inPanes() {
        return List.of(
                new Shortcut("Shortcut+Enter", Texts.get("menu.shortcuts.send")), // i18n-ok: key names as printed on keys
                new Shortcut("Delete", Texts.get("menu.shortcuts.destroy")), // i18n-ok: key names as printed on keys
                new Shortcut(Texts.get("menu.shortcuts.contextMenu.keys"), Texts.get("menu.shortcuts.contextMenu")),
                new Shortcut("Ctrl+Tab", Texts.get("menu.shortcuts.nextView")), // i18n-ok: key names as printed on keys
                new Shortcut("F6", Texts.get("menu.shortcuts.nextPane"))); // i18n-ok: key names as printed on keys
    }

    private ShortcutsDialog() {
    }

    public static List<Shortcut> shortcuts(ActionRegistry registry) {
        List<Shortcut> all = new ArrayList<>();
        for (AppAction action : registry.actions()) {
            action.accelerator().ifPresent(key -> all.add(new Shortcut(key.getDisplayText(), action.plainText())));
        }
        all.addAll(inPanes());
        return all;
    }

    public static Alert create(Window owner, ActionRegistry registry) {
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcutTable");
        FxTexts.accessible(table, "menu.shortcuts.title");
        TableColumn<Shortcut, String> keys = FxTexts.bind(new TableColumn<>(), "menu.shortcuts.keys");
        keys.setId("keys");
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(200);
        TableColumn<Shortcut, String> action = FxTexts.bind(new TableColumn<>(), "menu.shortcuts.does");
        action.setId("does");
        action.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().action()));
        action.setPrefWidth(380);
        table.getColumns().setAll(List.of(keys, action));
        table.getItems().setAll(shortcuts(registry));
        table.setPrefSize(600, 440);
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("menu.shortcuts.title"));
        alert.setHeaderText(Texts.get("menu.shortcuts.header"));
        alert.getDialogPane().setContent(table);
        alert.getDialogPane().setId("shortcutsDialog");
        alert.setResizable(true);
        return alert;
    }
}
