package org.socketworkbench.ui.menu;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCharacterCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;
import java.util.Optional;

/**
 * What each desktop expects of a menu bar. macOS: the system menu bar, "Quit" on Cmd+Q, help on
 * Cmd+? and no mnemonics (macOS menus have none, JavaFX ignores them there). Windows: "Exit" with
 * the mnemonic x and no accelerator of its own (Alt+F4 closes the window), help on F1. Linux
 * desktops (GNOME, KDE): "Quit" on Ctrl+Q, help on F1. "Shortcut" is Ctrl, or Cmd on macOS.
 */
public enum DesktopConventions {
    MAC, WINDOWS, LINUX;

    public static DesktopConventions current() {
        return of(System.getProperty("os.name", ""));
    }

    /** The conventions for an {@code os.name}. */
    public static DesktopConventions of(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("mac") || os.contains("darwin")) {
            return MAC;
        }
        return os.contains("win") ? WINDOWS : LINUX;
    }

    public boolean useSystemMenuBar() {
        return this == MAC;
    }

    /** The bundle key of Quit's text: "E_xit" on Windows, "_Quit" elsewhere. */
    public String quitTextKey() {
        return this == WINDOWS ? "menu.exit" : "menu.quit";
    }

    public Optional<KeyCombination> quitAccelerator() {
        return this == WINDOWS ? Optional.empty() : Optional.of(shortcut(KeyCode.Q));
    }

    public KeyCombination helpAccelerator() {
        return this == MAC ? new KeyCharacterCombination("?", KeyCombination.SHORTCUT_DOWN) : new KeyCodeCombination(KeyCode.F1);
    }

    /** The bundle key of "Open the settings folder", as each file manager is called. */
    public String settingsFolderTextKey() {
        return switch (this) {
            case MAC -> "menu.settingsFolder.mac";
            case WINDOWS -> "menu.settingsFolder.windows";
            case LINUX -> "menu.settingsFolder.linux";
        };
    }

    public static KeyCombination shortcut(KeyCode key, KeyCombination.Modifier... more) {
        KeyCombination.Modifier[] modifiers = new KeyCombination.Modifier[more.length + 1];
        modifiers[0] = KeyCombination.SHORTCUT_DOWN;
        System.arraycopy(more, 0, modifiers, 1, more.length);
        return new KeyCodeCombination(key, modifiers);
    }
}
