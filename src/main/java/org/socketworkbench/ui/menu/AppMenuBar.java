package org.socketworkbench.ui.menu;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

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
        setAccessibleText("Menu bar");
        Map<MenuSection.TopMenu, Menu> menus = new EnumMap<>(MenuSection.TopMenu.class);
        for (MenuSection.TopMenu top : MenuSection.TopMenu.values()) {
            Menu menu = new Menu(top.text());
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
