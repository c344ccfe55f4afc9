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
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.ExportFormat;
import org.socketworkbench.ui.Theme;
import org.socketworkbench.ui.menu.AboutDialog;
import org.socketworkbench.ui.menu.ActionRegistry;
import org.socketworkbench.ui.menu.AppAction;
import org.socketworkbench.ui.menu.DesktopConventions;
import org.socketworkbench.ui.menu.LanguageMenu;
import org.socketworkbench.ui.menu.MenuSection;
import org.socketworkbench.ui.menu.RecentFilesMenu;
import org.socketworkbench.ui.menu.ShortcutsDialog;
import org.socketworkbench.ui.shell.WorkbenchPane;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.socketworkbench.ui.FxTexts.text;
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
        registry.add(MenuSection.FILE_OPEN, AppAction.of("openScript", text("menu.openScript"),
                text("menu.openScript.help"), () -> chooseScript(parts))
                .accelerator(shortcut(KeyCode.O)));
        registry.addItem(MenuSection.FILE_OPEN, () -> new RecentFilesMenu(workbench.recentFiles(), workbench::openFile));
        // MenuSection.FILE_IMPORT_EXPORT: import / export of presets and reply-rule sets go here.
        registry.add(MenuSection.FILE_EXPORT, AppAction.of("exportPcapng", text("menu.exportPcapng"),
                text("menu.exportPcapng.help"), () -> workbench.trafficPane().export(ExportFormat.PCAPNG))
                .accelerator(shortcut(KeyCode.E)));
        registry.add(MenuSection.FILE_EXPORT, AppAction.of("exportCsv", text("menu.exportCsv"),
                text("menu.exportCsv.help"), () -> workbench.trafficPane().export(ExportFormat.CSV))
                .accelerator(shortcut(KeyCode.E, KeyCodeCombination.SHIFT_DOWN)));
        AppAction quit = AppAction.of("quit", text(parts.conventions().quitTextKey()), text("menu.quit.help"), parts.quit());
        parts.conventions().quitAccelerator().ifPresent(quit::accelerator);
        registry.add(MenuSection.FILE_QUIT, quit);
    }

    private static void socket(ActionRegistry registry, Workbench workbench) {
        var commands = workbench.commands();
        registry.add(MenuSection.SOCKET_NEW, AppAction.of("newTcpClient", text("menu.newTcpClient"),
                text("menu.newTcpClient.help"), commands::newTcpClient).accelerator(shortcut(KeyCode.T)));
        registry.add(MenuSection.SOCKET_NEW, AppAction.of("newTcpServer", text("menu.newTcpServer"),
                text("menu.newTcpServer.help"), commands::newTcpServer).accelerator(shortcut(KeyCode.L)));
        registry.add(MenuSection.SOCKET_NEW, AppAction.of("newUdpSocket", text("menu.newUdpSocket"),
                text("menu.newUdpSocket.help"), commands::newUdpSocket).accelerator(shortcut(KeyCode.U)));

        ReadOnlyObjectProperty<SocketRow> selected = workbench.socketModel().selectedProperty();
        onSelected(registry, selected, "connect", "menu.connect", r -> r.role() == SocketRole.TCP_CLIENT
                || r.role() == SocketRole.TCP_UNUSED || r.kind() == SocketKind.UDP, commands::connect);
        onSelected(registry, selected, "listen", "menu.listen",
                r -> r.role() == SocketRole.TCP_SERVER || r.role() == SocketRole.TCP_UNUSED, commands::listen);
        onSelected(registry, selected, "bind", "menu.bind", r -> r.kind() == SocketKind.UDP, commands::bind);
        onSelected(registry, selected, "joinGroup", "menu.joinGroup", r -> r.kind() == SocketKind.UDP,
                commands::joinGroup).accelerator(shortcut(KeyCode.J));
        onSelected(registry, selected, "leaveGroup", "menu.leaveGroup", r -> r.kind() == SocketKind.UDP,
                commands::leaveGroup);
        registry.add(MenuSection.SOCKET_SELECTED, AppAction.of("send", text("menu.send"),
                text("menu.send.help"), () -> workbench.window().focus(WorkbenchPane.COMPOSER))
                .disabledWhen(selected.isNull()));
        onSelected(registry, selected, "disconnect", "menu.disconnect", r -> true,
                r -> commands.actions().disconnect(r.id()), MenuSection.SOCKET_REMOVE);
        onSelected(registry, selected, "destroy", "menu.destroy", r -> true,
                r -> commands.actions().destroy(r.id()), MenuSection.SOCKET_REMOVE);
    }

    private static AppAction onSelected(ActionRegistry registry, ReadOnlyObjectProperty<SocketRow> selected, String id,
                                        String textKey, Predicate<SocketRow> fits, Consumer<SocketRow> command) {
        return onSelected(registry, selected, id, textKey, fits, command, MenuSection.SOCKET_SELECTED);
    }

    /**
     * A command on the selected socket, disabled when none is selected or it does not fit the socket;
     * its description is {@code textKey + ".help"} ("Connect (the selected socket)").
     */
    private static AppAction onSelected(ActionRegistry registry, ReadOnlyObjectProperty<SocketRow> selected, String id,
                                        String textKey, Predicate<SocketRow> fits, Consumer<SocketRow> command,
                                        MenuSection section) {
        BooleanBinding unfit = Bindings.createBooleanBinding(() -> selected.get() == null || !fits.test(selected.get()),
                selected);
        return registry.add(section, AppAction.of(id, text(textKey), text(textKey + ".help"),
                        () -> command.accept(selected.get()))
                .disabledWhen(unfit));
    }

    private static void view(ActionRegistry registry, Workbench workbench) {
        var window = workbench.window();
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4};
        for (WorkbenchPane pane : WorkbenchPane.values()) {
            registry.add(MenuSection.VIEW_GO_TO, AppAction.of("goTo" + pane.idPart(), text("menu.goTo", text(pane.titleKey())),
                    text("menu.goTo.help", text(pane.titleKey())), () -> window.focus(pane))
                    .accelerator(shortcut(digits[pane.ordinal()])));
        }
        registry.add(MenuSection.VIEW_GO_TO, AppAction.of("goToMulticast", text("menu.goToMulticast"),
                text("menu.goToMulticast.help"), () -> window.showView("multicastTab")).accelerator(shortcut(KeyCode.DIGIT5)));
        registry.add(MenuSection.VIEW_GO_TO, AppAction.of("goToConsole", text("menu.goToConsole"),
                text("menu.goToConsole.help"), () -> window.showView("consoleTab")).accelerator(shortcut(KeyCode.DIGIT6)));
        for (WorkbenchPane pane : WorkbenchPane.values()) {
            registry.add(MenuSection.VIEW_PANES, AppAction.toggle("show" + pane.idPart(), text("menu.show", text(pane.titleKey())),
                    text("menu.show.help", text(pane.titleKey())), window.shownProperty(pane)));
        }
        registry.add(MenuSection.VIEW_THEME, AppAction.toggle("darkTheme", text("menu.darkTheme"),
                text("menu.darkTheme.help"), darkTheme(workbench))
                .accelerator(shortcut(KeyCode.D, KeyCodeCombination.SHIFT_DOWN)));
        var shell = workbench.shell();
        registry.addItem(MenuSection.VIEW_THEME, () -> new LanguageMenu(shell.languageProperty()));
        registry.add(MenuSection.VIEW_FONT, AppAction.of("fontLarger", text("menu.fontLarger"), text("menu.fontLarger.help"),
                () -> shell.changeFontSize(1)).accelerator(shortcut(KeyCode.EQUALS)));
        registry.add(MenuSection.VIEW_FONT, AppAction.of("fontSmaller", text("menu.fontSmaller"), text("menu.fontSmaller.help"),
                () -> shell.changeFontSize(-1)).accelerator(shortcut(KeyCode.MINUS)));
        registry.add(MenuSection.VIEW_FONT, AppAction.of("fontReset", text("menu.fontReset"), text("menu.fontReset.help"),
                shell::resetFontSize).accelerator(shortcut(KeyCode.DIGIT0)));
        registry.add(MenuSection.VIEW_REFRESH, AppAction.of("refreshAdapters", text("menu.refreshAdapters"),
                text("menu.refreshAdapters.help"), workbench::refreshAdapters).accelerator(new KeyCodeCombination(KeyCode.F5)));
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
        registry.add(MenuSection.HELP, AppAction.of("shortcuts", text("menu.shortcuts"),
                text("menu.shortcuts.help"), () -> ShortcutsDialog.create(parts.owner().get(), registry).show())
                .accelerator(parts.conventions().helpAccelerator()));
        registry.add(MenuSection.HELP, AppAction.of("settingsFolder", text(parts.conventions().settingsFolderTextKey()),
                text("menu.settingsFolder.help"), () -> parts.openOnDesktop().accept(parts.settingsFolder())));
        registry.add(MenuSection.HELP_ABOUT, AppAction.of("about", text("menu.about"),
                text("menu.about.help"), () -> AboutDialog.create(parts.owner().get(), parts.about()).show()));
    }

    private static void chooseScript(Parts parts) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("menu.openScript.title"));
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("JavaScript", "*.js"), // i18n-ok: a language's name
                new FileChooser.ExtensionFilter(Texts.get("menu.allFiles"), "*"));
        File file = chooser.showOpenDialog(parts.owner().get());
        if (file != null) {
            parts.workbench().openFile(file.toPath());
        }
    }
}
