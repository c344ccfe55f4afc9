package org.socketworkbench.ui.menu;

import org.socketworkbench.i18n.Texts;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.socketworkbench.ui.FxTexts.text;

/** The registry and the per-OS conventions, without a window. */
class ActionRegistryTest {

    @Test
    void actionsComeBackInMenuOrderWhateverTheOrderTheyWereAdded() {
        ActionRegistry registry = new ActionRegistry();
        registry.add(MenuSection.HELP, AppAction.of("about", text("menu.about"), null, () -> { }));
        registry.add(MenuSection.FILE_OPEN, AppAction.of("open", text("menu.openScript"), null, () -> { }));
        registry.add(MenuSection.FILE_IMPORT_EXPORT, AppAction.of("importPresets", text("menu.exportCsv"), null, () -> { }));
        assertEquals(List.of("open", "importPresets", "about"), registry.actions().stream().map(AppAction::id).toList());
        assertEquals("Open script\u2026", registry.get("open").plainText(), "without the mnemonic marker");
    }

    @Test
    void anIdIsRegisteredOnce() {
        ActionRegistry registry = new ActionRegistry();
        registry.add(MenuSection.FILE_OPEN, AppAction.of("open", text("menu.openScript"), null, () -> { }));
        assertThrows(IllegalArgumentException.class,
                () -> registry.add(MenuSection.HELP, AppAction.of("open", text("menu.about"), null, () -> { })));
    }

    @Test
    void aDisabledActionDoesNothingWhenRun() {
        List<String> ran = new ArrayList<>();
        var disabled = new javafx.beans.property.SimpleBooleanProperty(true);
        AppAction action = AppAction.of("a", text("menu.about"), null, () -> ran.add("a")).disabledWhen(disabled);
        action.run();
        assertTrue(ran.isEmpty());
        disabled.set(false);
        action.run();
        assertEquals(List.of("a"), ran);
    }

    @Test
    void macOsUsesTheSystemMenuBarCmdQAndCmdQuestionMark() {
        DesktopConventions mac = DesktopConventions.of("Mac OS X");
        assertEquals(DesktopConventions.MAC, mac);
        assertTrue(mac.useSystemMenuBar());
        assertEquals("_Quit", Texts.get(mac.quitTextKey()));
        assertEquals(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), mac.quitAccelerator().orElseThrow());
        assertTrue(mac.helpAccelerator().getName().contains("?"), mac.helpAccelerator().getName());
    }

    @Test
    void windowsSaysExitWithoutAnAcceleratorAndLinuxQuitsOnCtrlQ() {
        DesktopConventions windows = DesktopConventions.of("Windows 11");
        assertFalse(windows.useSystemMenuBar());
        assertEquals("E_xit", Texts.get(windows.quitTextKey()));
        assertTrue(windows.quitAccelerator().isEmpty(), "Alt+F4 is the system's");
        assertEquals(new KeyCodeCombination(KeyCode.F1), windows.helpAccelerator());
        DesktopConventions linux = DesktopConventions.of("Linux");
        assertEquals(DesktopConventions.LINUX, linux);
        assertEquals("_Quit", Texts.get(linux.quitTextKey()));
        assertTrue(linux.quitAccelerator().isPresent());
    }
}
