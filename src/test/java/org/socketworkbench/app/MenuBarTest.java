package org.socketworkbench.app;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.ui.menu.AppAction;
import org.socketworkbench.ui.menu.ShortcutsDialog;
import org.socketworkbench.ui.shell.WorkbenchPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The menu bar of the real window: it reaches every action, and its commands do what they say. */
class MenuBarTest {

    private final FxRobot robot = new FxRobot();
    private final List<Path> opened = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;

    private final String settingsBefore = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
    private SocketWorkbenchApp app;

    /** Settings in the test's folder, folders "opened" into a list. */
    @RegisterExtension
    final FxExtension fx = FxExtension.application(() -> {
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, dir.resolve("settings").toString());
        app = new SocketWorkbenchApp((owner, format, name) -> Optional.of(dir.resolve(name)), opened::add);
        return app;
    });

    @AfterEach
    void restoreSettingsDirectory() {
        if (settingsBefore == null) {
            System.clearProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
        } else {
            System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, settingsBefore);
        }
    }

    private Workbench workbench() {
        return app.workbench();
    }

    @Test
    void everyRegisteredActionIsAMenuItemWithItsAccelerator() {
        MenuBar bar = robot.lookup("#menuBar").query();
        List<String> menus = bar.getMenus().stream().map(Menu::getText).toList();
        assertEquals(List.of("_File", "_Socket", "_View", "_Help"), menus);
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, items));
        for (AppAction action : workbench().actions().actions()) {
            MenuItem item = items.stream().filter(i -> ("menu-" + action.id()).equals(i.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError(action.id() + " has no menu item"));
            assertEquals(action.accelerator().orElse(null), item.getAccelerator(), action.id());
        }
        assertTrue(items.stream().anyMatch(i -> "menu-openRecent".equals(i.getId())), "File, Open recent");
        for (String shortcut : new String[] {"newTcpClient", "newTcpServer", "newUdpSocket", "darkTheme", "refreshAdapters",
                "saveWorkspace", "openWorkspace"}) {
            assertTrue(workbench().actions().get(shortcut).accelerator().isPresent(), "README shortcut " + shortcut);
        }
    }

    @Test
    void theWorkspaceCommandsHaveTheirOwnShortcutsAndTheShortcutsDialogListsThem() {
        assertEquals(KeyCombination.keyCombination("Shortcut+S"), workbench().actions().get("saveWorkspace").accelerator().orElseThrow());
        assertEquals(KeyCombination.keyCombination("Shortcut+Shift+O"),
                workbench().actions().get("openWorkspace").accelerator().orElseThrow());
        List<KeyCombination> taken = workbench().actions().actions().stream()
                .flatMap(a -> a.accelerator().stream()).toList();
        assertEquals(taken.size(), Set.copyOf(taken).size(), "no two commands share a shortcut: " + taken);

        robot.clickOn("#menuHelp").clickOn("#menu-shortcuts");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ShortcutsDialog.Shortcut> table = robot.lookup("#shortcutTable").query();
        List<ShortcutsDialog.Shortcut> rows = List.copyOf(table.getItems());
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        assertTrue(rows.contains(new ShortcutsDialog.Shortcut(KeyCombination.keyCombination("Shortcut+S").getDisplayText(),
                "Save workspace…")), rows.toString());
        assertTrue(rows.contains(new ShortcutsDialog.Shortcut(
                KeyCombination.keyCombination("Shortcut+Shift+O").getDisplayText(), "Open workspace…")), rows.toString());
    }

    @Test
    void helpOpensTheSettingsFolderAndAboutNamesTheVersionsAndLicences() throws Exception {
        robot.clickOn("#menuHelp").clickOn("#menu-settingsFolder");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !opened.isEmpty());
        assertEquals(dir.resolve("settings"), opened.getFirst());

        robot.clickOn("#menuHelp").clickOn("#menu-about");
        WaitForAsyncUtils.waitForFxEvents();
        String about = robot.lookup("#aboutText").<TextArea>query().getText();
        assertTrue(about.contains("Java " + Runtime.version().feature()), about);
        assertTrue(about.contains("JavaFX " + Versions.javafx()), about);
        assertTrue(about.contains("ControlsFX") && about.contains("BSD 3-Clause"), about);
        assertTrue(about.contains("Rhino") && about.contains("Mozilla Public License 2.0"), about);
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
    }

    @Test
    void viewHidesAPaneAndChangesTheFontSizeAndBothAreRemembered() throws Exception {
        robot.clickOn("#menuView").clickOn("#menu-showAdapters");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#adapterList").tryQuery().isEmpty(), "the adapter pane left the window");
        robot.clickOn("#menuView").clickOn("#menu-fontLarger");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(14, workbench().shell().fontSizeProperty().get());
        assertTrue(workbench().window().getStyle().contains("14px"), workbench().window().getStyle());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
            Path settings = dir.resolve("settings").resolve("settings.json");
            return Files.exists(settings) && Files.readString(settings).contains("\"ADAPTERS\"")
                    && Files.readString(settings).contains("\"fontSize\": 14.0");
        });
        robot.interact(() -> workbench().window().shownProperty(WorkbenchPane.ADAPTERS).set(true));
    }

    @Test
    void viewLanguageSwitchesTheMenusLiveAndIsRemembered() throws Exception {
        assertTrue(robot.lookup("#menuView").tryQuery().isPresent());
        try {
            chooseLanguage("zh-CN");
            WaitForAsyncUtils.waitForFxEvents();
            MenuBar bar = robot.lookup("#menuBar").query();
            assertEquals(List.of("文件(_F)", "套接字(_S)", "视图(_V)", "帮助(_H)"), bar.getMenus().stream().map(Menu::getText).toList());
            assertEquals(Language.SIMPLIFIED_CHINESE, Texts.language());
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> {
                Path settings = dir.resolve("settings").resolve("settings.json");
                return Files.exists(settings) && Files.readString(settings).contains("\"language\": \"zh-CN\"");
            });
            chooseLanguage("en");
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(Language.ENGLISH, Texts.language());
            assertEquals("_File", Texts.get("menu.file"));
            assertEquals("_File", bar.getMenus().getFirst().getText());
        } finally {
            robot.interact(() -> workbench().shell().languageProperty().set(Language.ENGLISH));
        }
    }

    /** View, Language, then the language's item (fired: the robot's clicks into a submenu are flaky headless). */
    private void chooseLanguage(String tag) {
        MenuBar bar = robot.lookup("#menuBar").query();
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, items));
        MenuItem item = items.stream().filter(i -> ("language-" + tag).equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("View, Language has no " + tag));
        robot.interact(item::fire);
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }
}
