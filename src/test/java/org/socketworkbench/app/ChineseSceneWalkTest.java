package org.socketworkbench.app;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.LazyTooltips;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.settings.SettingsStore;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.ui.menu.ShortcutsDialog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole window in Simplified Chinese: started in the language the settings name, and switched
 * to it while it runs (View, Language). The walk reads every text a person sees in the parts this
 * branch converted (the menu bar with every submenu, the shell's view tabs, toolbar, side tabs and
 * status bar, the keyboard-shortcuts dialog) and finds no English word in them.
 *
 * <p>The panes inside the views (sockets, composer, adapters, traffic, multicast, console, relay)
 * are converted on their own branches and may still speak English, so the walk stops at their
 * borders; each of those areas has its own Chinese test.
 */
class ChineseSceneWalkTest {

    /** Names no language translates: protocols, products, file names and the keys printed on keys. */
    private static final List<String> SAME_IN_EVERY_LANGUAGE = List.of(
            "Socket Workbench", "chrome.socket", "settings.json", "Chrome", "JavaScript", "Wireshark", "Finder",
            "Explorer", "macOS", "TCP", "UDP", "TLS", "IPv4", "IPv6", "CSV", "pcapng",
            "Shortcut", "Ctrl", "Cmd", "Shift", "Alt", "Enter", "Delete", "Tab", "F10");
    private static final Pattern MNEMONIC = Pattern.compile("\\(_.\\)");
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{2,}");

    private static final String STARTS_IN_CHINESE = "startsInTheLanguageTheSettingsNameAndSaysNothingInEnglish";

    private final FxRobot robot = new FxRobot();
    private boolean startsInChinese;

    @TempDir
    Path dir;

    private final String settingsBefore = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
    private SocketWorkbenchApp app;

    /** The settings the window starts with: Chinese for the start-up test, nothing chosen for the switch. */
    @RegisterExtension
    final FxExtension fx = FxExtension.application(() -> {
        Path settings = dir.resolve("settings");
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, settings.toString());
        if (startsInChinese) {
            Settings defaults = Settings.defaults();
            try {
                new SettingsStore(settings).save(defaults.withDesktop(defaults.desktop().withLanguage("zh-CN")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        app = new SocketWorkbenchApp((owner, format, name) -> Optional.of(dir.resolve(name)), folder -> { });
        return app;
    });

    ChineseSceneWalkTest(TestInfo test) {
        startsInChinese = test.getTestMethod().map(Method::getName).filter(STARTS_IN_CHINESE::equals).isPresent();
    }

    @AfterEach
    void englishAndTheSettingsDirectoryAgain() {
        Texts.use(Language.ENGLISH);
        if (settingsBefore == null) {
            System.clearProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
        } else {
            System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, settingsBefore);
        }
    }

    @Test
    void startsInTheLanguageTheSettingsNameAndSaysNothingInEnglish() throws Exception {
        countsShown();
        assertEquals(Language.SIMPLIFIED_CHINESE, Texts.language());
        assertNoEnglish(FxThread.call(this::shellTexts));
    }

    @Test
    void switchingToChineseWhileRunningLeavesNoEnglishBehind() throws Exception {
        countsShown();
        assertEquals(Language.SYSTEM, Texts.language(), "nothing chosen: the OS language (English here)");
        List<Seen> english = FxThread.call(this::shellTexts);
        assertTrue(english.stream().anyMatch(s -> s.text().equals("_File")), english.toString());
        assertTrue(english.stream().anyMatch(s -> s.text().equals("Ready")), english.toString());

        robot.interact(() -> menuItem("language-zh-CN").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.SIMPLIFIED_CHINESE, Texts.language());
        assertNoEnglish(FxThread.call(this::shellTexts));
    }

    @Test
    void theWalkFindsEnglishWordsAndLetsNamesAndKeysPass() {
        assertEquals(List.of("Send"), englishWords("Send"));
        assertEquals(List.of("socket"), englishWords("新建 socket"));
        assertEquals(List.of(), englishWords("新建 TCP 客户端(_C)\u2026"));
        assertEquals(List.of(), englishWords("发送（Shortcut+Enter，Ctrl+T）"));
        assertEquals(List.of("menu", "file"), englishWords("!menu.file!"));
    }

    /** The status bar's counts come with the first pulses. */
    private void countsShown() throws Exception {
        FxThread.waitUntil(5, () -> robot.lookup("#statusCounts").<Labeled>query().getText().contains("\u00b7"));
    }

    private void assertNoEnglish(List<Seen> texts) {
        assertTrue(texts.size() > 60, "the walk saw only " + texts.size() + " texts: " + texts);
        List<Seen> english = texts.stream().filter(s -> !englishWords(s.text()).isEmpty()).toList();
        assertEquals(List.of(), english, "texts in English in the Chinese window");
        MenuBar bar = robot.lookup("#menuBar").query();
        assertEquals(List.of("文件(_F)", "套接字(_S)", "视图(_V)", "帮助(_H)"), bar.getMenus().stream().map(Menu::getText).toList());
    }

    /** The English words left once names, keys and mnemonics are taken out. */
    private static List<String> englishWords(String text) {
        String rest = MNEMONIC.matcher(text).replaceAll("");
        for (String name : SAME_IN_EVERY_LANGUAGE) {
            rest = rest.replaceAll("(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])", " ");
        }
        List<String> words = new ArrayList<>();
        Matcher m = ENGLISH_WORD.matcher(rest);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private record Seen(String where, String text) {
        @Override
        public String toString() {
            return where + " \"" + text + "\"";
        }
    }

    /** Every text of the menu bar, the shell's frame and the shortcuts dialog (on the FX thread). */
    private List<Seen> shellTexts() {
        List<Seen> seen = new ArrayList<>();
        MenuBar bar = robot.lookup("#menuBar").query();
        add(seen, "menu bar (accessible)", bar.getAccessibleText());
        bar.getMenus().forEach(menu -> walk(menu, seen));

        ToolBar toolBar = robot.lookup("#mainToolBar").query();
        node(toolBar, seen);
        toolBar.getItems().forEach(item -> node(item, seen));

        TabPane views = robot.lookup("#views").query();
        views.getTabs().forEach(tab -> tab(tab, seen));
        // The composer and reply-rule side tabs are the composition root's (app); their contents are not.
        robot.lookup(".tab-pane").<TabPane>queryAll().forEach(tabs -> tabs.getTabs().stream()
                .filter(tab -> "composerTab".equals(tab.getId()) || "repliesTab".equals(tab.getId()))
                .forEach(tab -> tab(tab, seen)));

        StatusBar status = robot.lookup("#statusBar").query();
        add(seen, "status bar", status.getText());
        // The counts name the adapters' own status after the socket count: that part is ui/adapters'.
        String counts = robot.lookup("#statusCounts").<Labeled>query().getText();
        add(seen, "status counts", counts.substring(0, Math.max(0, counts.indexOf('\u00b7'))));

        Alert shortcuts = ShortcutsDialog.create(bar.getScene().getWindow(), app.workbench().actions());
        add(seen, "shortcuts title", shortcuts.getTitle());
        add(seen, "shortcuts header", shortcuts.getHeaderText());
        TableView<?> table = (TableView<?>) shortcuts.getDialogPane().getContent();
        add(seen, "shortcuts table (accessible)", table.getAccessibleText());
        for (TableColumn<?, ?> column : table.getColumns()) {
            add(seen, "shortcuts column " + column.getId(), column.getText());
        }
        for (Object row : table.getItems()) {
            ShortcutsDialog.Shortcut shortcut = (ShortcutsDialog.Shortcut) row;
            add(seen, "shortcut " + shortcut.keys(), shortcut.keys() + " " + shortcut.action());
        }
        return seen;
    }

    /** A menu item and, for a menu, everything under it; the language names are written in themselves. */
    private static void walk(MenuItem item, List<Seen> seen) {
        if (!("language-" + Language.ENGLISH.tag()).equals(item.getId())) {
            add(seen, "menu item " + item.getId(), item.getText());
        }
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> walk(child, seen));
        }
    }

    private static void tab(Tab tab, List<Seen> seen) {
        add(seen, "tab " + tab.getId(), tab.getText());
    }

    private static void node(Node node, List<Seen> seen) {
        String where = node.getId() == null ? node.getClass().getSimpleName() : "#" + node.getId();
        add(seen, where + " (accessible)", node.getAccessibleText());
        if (node instanceof Labeled labeled) {
            add(seen, where, labeled.getText());
        }
        if (node instanceof TextInputControl field) {
            add(seen, where + " (prompt)", field.getPromptText());
        }
        if (node instanceof Control control && LazyTooltips.text(control).isPresent()) {
            add(seen, where + " (tooltip)", LazyTooltips.text(control).get());
        }
    }

    private static void add(List<Seen> seen, String where, String text) {
        if (text != null && !text.isBlank()) {
            seen.add(new Seen(where, text));
        }
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = robot.lookup("#menuBar").query();
        List<MenuItem> items = new ArrayList<>();
        bar.getMenus().forEach(menu -> collect(menu, items));
        return items.stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static void collect(MenuItem item, List<MenuItem> into) {
        into.add(item);
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> collect(child, into));
        }
    }
}
