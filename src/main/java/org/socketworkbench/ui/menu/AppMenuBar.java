package org.socketworkbench.ui.menu;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.socketworkbench.ui.FxTexts;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The menu bar, made from the {@link ActionRegistry}: File, Socket, View, Help, each a group per
 * {@link MenuSection} with a line between groups. On macOS it becomes the system menu bar. The
 * accelerators of its items are the window's shortcuts (JavaFX installs them on the scene).
 */
public final class AppMenuBar extends MenuBar {

    public AppMenuBar(ActionRegistry registry, DesktopConventions conventions) {
        setId("menuBar");
        setUseSystemMenuBar(conventions.useSystemMenuBar());
        FxTexts.accessible(this, "menu.bar");
        Map<MenuSection.TopMenu, Menu> menus = new EnumMap<>(MenuSection.TopMenu.class);
        for (MenuSection.TopMenu top : MenuSection.TopMenu.values()) {
            Menu menu = FxTexts.bind(new Menu(), top.textKey());
            menu.setId(top.id());
            menu.setMnemonicParsing(true);
            menus.put(top, menu);
        }
        for (MenuSection section : MenuSection.values()) {
            List<ActionRegistry.Entry> entries = registry.entries(section);
            if (entries.isEmpty()) {
                continue;
            }
            List<MenuItem> items = menus.get(section.menu()).getItems();
            if (!items.isEmpty()) {
                items.add(new SeparatorMenuItem());
            }
            entries.forEach(entry -> items.add(entry.menuItem()));
        }
        menus.values().stream().filter(m -> !m.getItems().isEmpty()).forEach(getMenus()::add);
    }
}
