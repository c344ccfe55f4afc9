package org.socketworkbench.app;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.ExportFormat;
import org.socketworkbench.ui.Theme;
import org.socketworkbench.ui.menu.AboutDialog;
import org.socketworkbench.ui.menu.ActionRegistry;
import org.socketworkbench.ui.menu.AppAction;
import org.socketworkbench.ui.menu.DesktopConventions;
import org.socketworkbench.ui.menu.MenuSection;
import org.socketworkbench.ui.menu.RecentFilesMenu;
import org.socketworkbench.ui.menu.ShortcutsDialog;
import org.socketworkbench.ui.shell.WorkbenchPane;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.socketworkbench.ui.menu.DesktopConventions.shortcut;

/**
 * Every command of the window, registered once: the menu bar, the toolbar and the shortcut list
 * are made from this registry. A new feature adds its command here with one {@code add} line (in
 * the section where it belongs; {@link MenuSection#FILE_IMPORT_EXPORT} waits for presets and
 * reply-rule sets).
 */
final class WorkbenchActions {

    /** What the commands act on, from the composition root. */
    record Parts(Workbench workbench, DesktopConventions conventions, Supplier<Window> owner,
                 Consumer<Path> openOnDesktop, Path settingsFolder, AboutDialog.RuntimeInfo about, Runnable quit) {
    }

    private WorkbenchActions() {
    }

    static ActionRegistry create(Parts parts) {
        ActionRegistry registry = new ActionRegistry();
        file(registry, parts);
        socket(registry, parts.workbench());
        view(registry, parts.workbench());
        help(registry, parts);
        return registry;
    }

    private static void file(ActionRegistry registry, Parts parts) {
        Workbench workbench = parts.workbench();
        registry.add(MenuSection.FILE_OPEN, AppAction.of("openScript", "_Open script\u2026",
                "Open a Chrome App script in the console", () -> chooseScript(parts))
                .accelerator(shortcut(KeyCode.O)));
        registry.addItem(MenuSection.FILE_OPEN, () -> new RecentFilesMenu(workbench.recentFiles(), workbench::openFile));
        // MenuSection.FILE_IMPORT_EXPORT: import / export of presets and reply-rule sets go here.
        registry.add(MenuSection.FILE_EXPORT, AppAction.of("exportPcapng", "_Export capture as pcapng\u2026",
                "Save every captured payload for Wireshark", () -> workbench.trafficPane().export(ExportFormat.PCAPNG))
                .accelerator(shortcut(KeyCode.E)));
        registry.add(MenuSection.FILE_EXPORT, AppAction.of("exportCsv", "Export capture as CS_V\u2026",
                "Save every captured payload as CSV", () -> workbench.trafficPane().export(ExportFormat.CSV))
                .accelerator(shortcut(KeyCode.E, KeyCodeCombination.SHIFT_DOWN)));
        AppAction quit = AppAction.of("quit", parts.conventions().quitText(), "Close the window and quit", parts.quit());
        parts.conventions().quitAccelerator().ifPresent(quit::accelerator);
        registry.add(MenuSection.FILE_QUIT, quit);
    }

    private static void socket(ActionRegistry registry, Workbench workbench) {
        var commands = workbench.commands();
        registry.add(MenuSection.SOCKET_NEW, AppAction.of("newTcpClient", "New TCP _client\u2026",
                "New TCP client", commands::newTcpClient).accelerator(shortcut(KeyCode.T)));
        registry.add(MenuSection.SOCKET_NEW, AppAction.of("newTcpServer", "New TCP _server\u2026",
                "New TCP server", commands::newTcpServer).accelerator(shortcut(KeyCode.L)));
        registry.add(MenuSection.SOCKET_NEW, AppAction.of("newUdpSocket", "New _UDP socket\u2026",
                "New UDP socket", commands::newUdpSocket).accelerator(shortcut(KeyCode.U)));

        ReadOnlyObjectProperty<SocketRow> selected = workbench.socketModel().selectedProperty();
        onSelected(registry, selected, "connect", "C_onnect\u2026", r -> r.role() == SocketRole.TCP_CLIENT
                || r.role() == SocketRole.TCP_UNUSED || r.kind() == SocketKind.UDP, commands::connect);
        onSelected(registry, selected, "listen", "_Listen\u2026",
                r -> r.role() == SocketRole.TCP_SERVER || r.role() == SocketRole.TCP_UNUSED, commands::listen);
        onSelected(registry, selected, "bind", "_Bind\u2026", r -> r.kind() == SocketKind.UDP, commands::bind);
        onSelected(registry, selected, "joinGroup", "_Join multicast group\u2026", r -> r.kind() == SocketKind.UDP,
                commands::joinGroup).accelerator(shortcut(KeyCode.J));
        onSelected(registry, selected, "leaveGroup", "Lea_ve multicast group\u2026", r -> r.kind() == SocketKind.UDP,
                commands::leaveGroup);
        registry.add(MenuSection.SOCKET_SELECTED, AppAction.of("send", "Se_nd\u2026",
                "Write the payload in the composer (then Shortcut+Enter sends)", () -> workbench.window().focus(WorkbenchPane.COMPOSER))
                .disabledWhen(selected.isNull()));
        onSelected(registry, selected, "disconnect", "_Disconnect", r -> true,
                r -> commands.actions().disconnect(r.id()), MenuSection.SOCKET_REMOVE);
        onSelected(registry, selected, "destroy", "Des_troy", r -> true,
                r -> commands.actions().destroy(r.id()), MenuSection.SOCKET_REMOVE);
    }

    private static AppAction onSelected(ActionRegistry registry, ReadOnlyObjectProperty<SocketRow> selected, String id,
                                        String text, Predicate<SocketRow> fits, Consumer<SocketRow> command) {
        return onSelected(registry, selected, id, text, fits, command, MenuSection.SOCKET_SELECTED);
    }

    /** A command on the selected socket, disabled when none is selected or it does not fit the socket. */
    private static AppAction onSelected(ActionRegistry registry, ReadOnlyObjectProperty<SocketRow> selected, String id,
                                        String text, Predicate<SocketRow> fits, Consumer<SocketRow> command,
                                        MenuSection section) {
        BooleanBinding unfit = Bindings.createBooleanBinding(() -> selected.get() == null || !fits.test(selected.get()),
                selected);
        return registry.add(section, AppAction.of(id, text, text.replace("_", "").replace("\u2026", "")
                        + " (the selected socket)", () -> command.accept(selected.get()))
                .disabledWhen(unfit));
    }

    private static void view(ActionRegistry registry, Workbench workbench) {
        var window = workbench.window();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (WorkbenchPane pane : WorkbenchPane.values()) {
            registry.add(MenuSection.VIEW_GO_TO, AppAction.of("goTo" + pane.title(), "Go to " + pane.title().toLowerCase(),
                    "Put the keyboard focus in the " + pane.title() + " pane", () -> window.focus(pane))
                    .accelerator(shortcut(digits[pane.ordinal()])));
        }
        registry.add(MenuSection.VIEW_GO_TO, AppAction.of("goToMulticast", "Go to _multicast",
                "The multicast view", () -> window.showView("multicastTab")).accelerator(shortcut(KeyCode.DIGIT5)));
        registry.add(MenuSection.VIEW_GO_TO, AppAction.of("goToConsole", "Go to cons_ole",
                "The script console", () -> window.showView("consoleTab")).accelerator(shortcut(KeyCode.DIGIT6)));
        for (WorkbenchPane pane : WorkbenchPane.values()) {
            registry.add(MenuSection.VIEW_PANES, AppAction.toggle("show" + pane.title(), "Show " + pane.title().toLowerCase(),
                    "Show or hide the " + pane.title() + " pane", window.shownProperty(pane)));
        }
        registry.add(MenuSection.VIEW_THEME, AppAction.toggle("darkTheme", "_Dark theme",
                "Switch between the light and the dark theme", darkTheme(workbench))
                .accelerator(shortcut(KeyCode.D, KeyCodeCombination.SHIFT_DOWN)));
        var shell = workbench.shell();
        registry.add(MenuSection.VIEW_FONT, AppAction.of("fontLarger", "_Larger text", "Larger text",
                () -> shell.changeFontSize(1)).accelerator(shortcut(KeyCode.EQUALS)));
        registry.add(MenuSection.VIEW_FONT, AppAction.of("fontSmaller", "S_maller text", "Smaller text",
                () -> shell.changeFontSize(-1)).accelerator(shortcut(KeyCode.MINUS)));
        registry.add(MenuSection.VIEW_FONT, AppAction.of("fontReset", "_Normal text size", "The theme's text size",
                shell::resetFontSize).accelerator(shortcut(KeyCode.DIGIT0)));
        registry.add(MenuSection.VIEW_REFRESH, AppAction.of("refreshAdapters", "_Refresh adapters",
                "Read the network interfaces again", workbench::refreshAdapters).accelerator(new KeyCodeCombination(KeyCode.F5)));
    }

    /** The shell's theme as an on/off property (both ways). */
    private static BooleanProperty darkTheme(Workbench workbench) {
        var shell = workbench.shell();
        BooleanProperty dark = new SimpleBooleanProperty(shell.getTheme() == Theme.DARK);
        dark.addListener((obs, was, now) -> shell.setTheme(now ? Theme.DARK : Theme.LIGHT));
        shell.themeProperty().addListener((obs, old, theme) -> dark.set(theme == Theme.DARK));
        return dark;
    }

    private static void help(ActionRegistry registry, Parts parts) {
        registry.add(MenuSection.HELP, AppAction.of("shortcuts", "_Keyboard shortcuts",
                "Every keyboard shortcut", () -> ShortcutsDialog.create(parts.owner().get(), registry).show())
                .accelerator(parts.conventions().helpAccelerator()));
        registry.add(MenuSection.HELP, AppAction.of("settingsFolder", parts.conventions().settingsFolderText(),
                "Where settings.json lives", () -> parts.openOnDesktop().accept(parts.settingsFolder())));
        registry.add(MenuSection.HELP_ABOUT, AppAction.of("about", "_About Socket Workbench",
                "Versions and licences", () -> AboutDialog.create(parts.owner().get(), parts.about()).show()));
    }

    private static void chooseScript(Parts parts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a script");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JavaScript", "*.js"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File file = chooser.showOpenDialog(parts.owner().get());
        if (file != null) {
            parts.workbench().openFile(file.toPath());
        }
    }
}
