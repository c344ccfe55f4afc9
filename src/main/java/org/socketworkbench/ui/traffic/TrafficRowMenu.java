package org.socketworkbench.ui.traffic;

import org.socketworkbench.ui.FxTexts;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.socketworkbench.traffic.CapturedPayload;

import java.util.function.Consumer;

/**
 * The traffic table's context menu: "Send again…" and "Save as preset…" on the payload under the
 * pointer (a right click selects its row first). One menu for the table, not one per row: rows
 * are recycled thousands of times a second, the menu is opened rarely.
 */
final class TrafficRowMenu {

    private TrafficRowMenu() {
    }

    static void install(TableView<CapturedPayload> table, PayloadActions actions) {
        MenuItem again = item(table, "traffic.menu.sendAgain", "sendAgain", actions::sendAgain);
        MenuItem preset = item(table, "traffic.menu.savePreset", "savePreset", actions::saveAsPreset);
        ContextMenu menu = new ContextMenu(again, preset);
        menu.setOnShowing(e -> {
            boolean none = table.getSelectionModel().getSelectedItem() == null;
            again.setDisable(none);
            preset.setDisable(none);
        });
        table.setContextMenu(menu);
    }

    private static MenuItem item(TableView<CapturedPayload> table, String key, String id,
                                 Consumer<CapturedPayload> action) {
        MenuItem item = FxTexts.bind(new MenuItem(), key);
        item.setId("trafficMenu-" + id);
        item.setOnAction(e -> {
            CapturedPayload payload = table.getSelectionModel().getSelectedItem();
            if (payload != null) {
                action.accept(payload);
            }
        });
        return item;
    }
}
