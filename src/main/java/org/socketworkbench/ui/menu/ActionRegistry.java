package org.socketworkbench.ui.menu;

import javafx.scene.control.MenuItem;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every command of the window, by menu section, in the order added: the one place the menu bar,
 * the toolbar and the keyboard-shortcut list read from. A section may also hold a submenu that
 * builds itself (File, Open recent).
 */
public final class ActionRegistry {

    /** An entry of a section: an action, or a menu item made by the feature that owns it. */
    public sealed interface Entry permits ActionEntry, ItemEntry {
        MenuItem menuItem();
    }

    record ActionEntry(AppAction action) implements Entry {
        @Override
        public MenuItem menuItem() {
            return action.menuItem();
        }
    }

    record ItemEntry(Supplier<MenuItem> factory) implements Entry {
        @Override
        public MenuItem menuItem() {
            return factory.get();
        }
    }

    private final Map<MenuSection, List<Entry>> sections = new EnumMap<>(MenuSection.class);

    /** Adds a command to a section; returns it (to make a toolbar button from it, for instance). */
    public AppAction add(MenuSection section, AppAction action) {
        if (find(action.id()).isPresent()) {
            throw new IllegalArgumentException("an action " + action.id() + " is already registered"); // i18n-ok: a programming error, for developers
        }
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new ActionEntry(action));
        return action;
    }

    /** Adds a menu item its owner builds (a submenu whose items change, say). */
    public void addItem(MenuSection section, Supplier<MenuItem> factory) {
        sections.computeIfAbsent(section, s -> new ArrayList<>()).add(new ItemEntry(factory));
    }

    public List<Entry> entries(MenuSection section) {
        return List.copyOf(sections.getOrDefault(section, List.of()));
    }

    /** Every action, in menu order. */
    public List<AppAction> actions() {
        List<AppAction> all = new ArrayList<>();
        for (MenuSection section : MenuSection.values()) {
            for (Entry entry : sections.getOrDefault(section, List.of())) {
                if (entry instanceof ActionEntry(AppAction action)) {
                    all.add(action);
                }
            }
        }
        return all;
    }

    public Optional<AppAction> find(String id) {
        return actions().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The action with this id; IllegalArgumentException when none is registered. */
    public AppAction get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no action " + id)); // i18n-ok: a programming error, for developers
    }
}
