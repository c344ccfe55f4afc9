package org.socketworkbench.ui.menu;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.socketworkbench.ui.FxTexts;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * File, Open recent: the recent files, rebuilt each time the menu opens (the list changes as
 * scripts are opened or dropped). Items are numbered 1-9 as mnemonics, the desktop habit.
 */
public final class RecentFilesMenu extends Menu {

    private final RecentFiles recent;
    private final Consumer<Path> open;

    public RecentFilesMenu(RecentFiles recent, Consumer<Path> open) {
        FxTexts.bind(this, "menu.openRecent");
        this.recent = recent;
        this.open = open;
        setId("menu-openRecent");
        rebuild();
        setOnShowing(e -> rebuild());
    }

    /** Refills the menu from the recent list. */
    public void rebuild() {
        getItems().clear();
        int number = 1;
        for (Path file : recent.files()) {
            String mnemonic = number <= 9 ? "_" + number + " " : "  ";
            MenuItem item = new MenuItem(mnemonic + file.getFileName().toString().replace("_", "__") + "  \u2014  " + parentOf(file));
            item.setId("recent-" + number);
            item.setOnAction(e -> open.accept(file));
            getItems().add(item);
            number++;
        }
        if (getItems().isEmpty()) {
            MenuItem none = FxTexts.bind(new MenuItem(), "menu.openRecent.none");
            none.setDisable(true);
            getItems().add(none);
            return;
        }
        MenuItem clear = FxTexts.bind(new MenuItem(), "menu.openRecent.clear");
        clear.setId("recent-clear");
        clear.setOnAction(e -> {
            recent.clear();
            rebuild();
        });
        getItems().addAll(new SeparatorMenuItem(), clear);
    }

    private static String parentOf(Path file) {
        Path parent = file.getParent();
        return parent == null ? "" : parent.toString().replace("_", "__");
    }
}
