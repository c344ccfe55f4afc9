package org.socketworkbench.app;

import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.beans.binding.StringBinding;
import org.controlsfx.control.StatusBar;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.multicast.LocalHostName;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.replies.AutoReplier;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.settings.SettingsKeeper;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.TrustedCertificates;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.ui.Buttons;
import org.socketworkbench.ui.FxBatchingExecutor;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTabs;
import org.socketworkbench.ui.PulseDriver;
import org.socketworkbench.ui.Theme;
import org.socketworkbench.ui.TableLayouts;
import org.socketworkbench.ui.adapters.AdapterListModel;
import org.socketworkbench.ui.adapters.AdapterListPane;
import org.socketworkbench.ui.composer.ComposerModel;
import org.socketworkbench.ui.composer.ComposerPane;
import org.socketworkbench.ui.composer.PayloadReuse;
import org.socketworkbench.ui.console.ConsoleModel;
import org.socketworkbench.ui.console.ConsolePane;
import org.socketworkbench.ui.menu.ActionRegistry;
import org.socketworkbench.ui.menu.AppMenuBar;
import org.socketworkbench.ui.menu.RecentFiles;
import org.socketworkbench.ui.multicast.MulticastPane;
import org.socketworkbench.ui.multicast.MulticastViewModel;
import org.socketworkbench.ui.replies.ReplyRulesModel;
import org.socketworkbench.ui.replies.ReplyRulesPane;
import org.socketworkbench.ui.shell.MainWindow;
import org.socketworkbench.ui.shell.OutcomeNotifier;
import org.socketworkbench.ui.shell.ScriptDrop;
import org.socketworkbench.ui.shell.ShellModel;
import org.socketworkbench.ui.shell.WorkbenchPane;
import org.socketworkbench.ui.sockets.RecentTargets;
import org.socketworkbench.ui.sockets.SocketCommands;
import org.socketworkbench.ui.sockets.SocketListModel;
import org.socketworkbench.ui.sockets.SocketListPane;
import org.socketworkbench.ui.traffic.SaveFileChooser;
import org.socketworkbench.ui.traffic.TrafficPane;
import org.socketworkbench.ui.relay.RelayPane;
import org.socketworkbench.ui.relay.RelayViewModel;
import org.socketworkbench.ui.traffic.TrafficViewModel;
import org.socketworkbench.workspace.Bench;

import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.settings.DesktopSettings;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root: one engine, the observers that feed the panes, the models and the panes.
 * Built on the FX thread. The engine's callbacks run on its own event-loop thread
 * (chrome.socket-callbacks), not on the FX thread: the socket plumbing stays there, and only what
 * the user sees reaches the FX thread, through the FxBatchingExecutor, PulseDriver and PulseDrain
 * (src/docs/architecture.md).
 */
final class Workbench implements AutoCloseable {

    private final SocketEngine engine;
    private final SocketTracker tracker = new SocketTracker();
    private final PulseDriver pulses = new PulseDriver();
    private final ShellModel shell = new ShellModel();
    private final StatusBar statusBar = new StatusBar();
    /** Held here: the status bar is set, not bound (messages replace it), so this follows the language. */
    private final StringBinding ready = FxTexts.text("app.status.ready");
    private final Label counts = new Label();
    private final MainWindow window;
    private final SocketListPane socketList;
    private final SocketCommands commands;
    private final AdapterListModel adapters;
    private final TrafficViewModel traffic;
    private final TrafficCapture capture = new TrafficCapture();
    private final MulticastWorkspace multicast;
    private final MulticastViewModel multicastModel;
    private final ConsoleModel consoleModel;
    private final RelayViewModel relayModel;
    private javafx.stage.Stage relayStage;
    private final AtomicReference<String> replyProblem = new AtomicReference<>();
    private final ReplyRulesModel replies;
    private final SocketListModel socketModel;
    private final TrafficPane trafficPane;
    private final RecentFiles recentFiles;
    private final SettingsKeeper settingsKeeper;
    private final ActionRegistry registry;
    private final WorkspaceActions workspace;
    private Runnable quit = () -> { };

    Workbench(SettingsKeeper settingsKeeper, SaveFileChooser exportChooser, DesktopHost host) {
        this.settingsKeeper = settingsKeeper;
        Settings settings = settingsKeeper.current();
        FxBatchingExecutor fx = new FxBatchingExecutor();
        engine = SocketEngine.builder().build();
        engine.addObserver(tracker);
        shell.setTheme("dark".equals(settings.theme()) ? Theme.DARK : Theme.LIGHT);
        shell.getTheme().apply();

        OutcomeNotifier notifier = new OutcomeNotifier(tracker, statusBar, statusBar);
        TrustedCertificates trusted = new TrustedCertificates(settings.trustedCertificates());
        trusted.onChange(list -> settingsKeeper.update(s -> s.withTrustedCertificates(list)));
        SocketActions actions = new SocketActions(engine, notifier, fx, trusted);
        socketModel = new SocketListModel(tracker, actions);
        RecentTargets recent = new RecentTargets(settings.recentTargets(),
                targets -> settingsKeeper.update(s -> s.withRecentTargets(targets)));
        commands = new SocketCommands(actions, () -> statusBar.getScene().getWindow(), recent,
                new SelfSignedCertificates(settingsKeeper.directory()), fx);
        socketList = new SocketListPane(socketModel, commands);
        ComposerModel composer = new ComposerModel(actions, fx, settings.presets(),
                presets -> settingsKeeper.update(s -> s.withPresets(presets)), tracker::connectionsOf);
        composer.targetProperty().bind(socketModel.selectedProperty());
        ReplyAttachments attachments = new ReplyAttachments(actions, replyProblems());
        replies = new ReplyRulesModel(attachments, settings.replyRules(),
                set -> settingsKeeper.update(s -> s.withReplyRules(set)), fx);
        replies.targetProperty().bind(socketModel.selectedProperty());
        adapters = new AdapterListModel(new AdapterScanner(), fx);
        ThroughputMeter throughput = new ThroughputMeter();
        capture.addListener(throughput);
        engine.addObserver(capture);
        traffic = new TrafficViewModel(capture, throughput);

        multicast = new MulticastWorkspace(engine, LocalHostName.get());
        multicastModel = new MulticastViewModel(multicast, adapters.adapters());
        consoleModel = new ConsoleModel(engine, fx);
        relayModel = new RelayViewModel(engine, fx, new SelfSignedCertificates(settingsKeeper.directory()));
        socketModel.adoptParents(relayModel::parentOf);
        capture.routeBy(relayModel::routeOf);
        recentFiles = new RecentFiles(settings.desktop().recentFiles(),
                files -> settingsKeeper.update(s -> s.withDesktop(s.desktop().withRecentFiles(files))));
        trafficPane = new TrafficPane(traffic, exportChooser);
        workspace = new WorkspaceActions(new Bench(actions, tracker, attachments, multicast, relayModel, traffic,
                new SelfSignedCertificates(settingsKeeper.directory())), settingsKeeper, recentFiles,
                () -> statusBar.getScene().getWindow(), fx);

        showReady();
        counts.setId("statusCounts");
        statusBar.getRightItems().addAll(workspace.status(), counts);
        trafficPane.setPayloadActions(new PayloadReuse(composer, actions, tracker, fx,
                () -> statusBar.getScene().getWindow()));
        window = new MainWindow(shell, new MainWindow.Panes(socketList, composerAndReplies(composer, replies),
                new AdapterListPane(adapters, commands), trafficPane,
                () -> new MulticastPane(multicastModel), () -> new ConsolePane(consoleModel), statusBar, List.of()));
        window.restoreDividerPositions(settings.dividers());
        registry = WorkbenchActions.create(new WorkbenchActions.Parts(this, host.conventions(),
                () -> statusBar.getScene().getWindow(), host.openOnDesktop(), host.settingsFolder(), host.about(),
                () -> quit.run()));
        workspace.addTo(registry);
        window.setMenuBar(new AppMenuBar(registry, host.conventions()));
        window.setToolItems(toolItems());
        ScriptDrop.install(window, this::openFile);
        restoreDesktop(settings.desktop());
        shell.themeProperty().addListener((obs, old, theme) ->
                settingsKeeper.update(s -> s.withTheme(theme == Theme.DARK ? "dark" : "light")));

        pulses.every(100, () -> {
            socketModel.refresh();
            replies.refresh();
            String problem = replyProblem.getAndSet(null);
            if (problem != null) {
                statusBar.setText(problem);
            }
            counts.setText(Texts.get("app.status.counts", engine.stats().liveSockets(), adapters.statusProperty().get()));
        });
        pulses.every(1000, socketModel::tick);
        pulses.every(250, relayModel::refresh);
        pulses.every(250, composer::refreshConnections);
        pulses.every(3000, adapters::refresh);
    }

    /** "Ready" in the status bar; a switch of the language translates it while no message has replaced it. */
    private void showReady() {
        statusBar.setText(ready.get());
        ready.addListener((obs, old, now) -> {
            if (old.equals(statusBar.getText())) {
                statusBar.setText(now);
            }
        });
    }

    /**
     * The composer and the selected socket's reply rules share the middle of the left column; their
     * tabs sit on the side, so the composer keeps its height.
     */
    private static Node composerAndReplies(ComposerModel composer, ReplyRulesModel replies) {
        Tab compose = FxTexts.bind(new Tab(null, new ComposerPane(composer)), "app.tab.composer");
        compose.setId("composerTab");
        compose.setClosable(false);
        // made when first shown: the composer is what a start shows
        Tab answer = LazyTabs.tab("app.tab.replies", "repliesTab", () -> new ReplyRulesPane(replies));
        TabPane tabs = new TabPane(compose, answer);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setSide(Side.LEFT);
        return tabs;
    }

    /** A reply that could not be made or sent shows in the status bar: the latest, once per pulse. */
    private AutoReplier.Listener replyProblems() {
        return new AutoReplier.Listener() {
            @Override
            public void problem(int socketId, String message) {
                replyProblem.set(Texts.get("app.status.replyProblem", socketId, message));
            }
        };
    }

    /** The toolbar: buttons made from the same actions as the menu items. */
    private List<Node> toolItems() {
        return List.of(
                registry.get("newTcpClient").button(FxTexts.text("app.tool.tcpClient"), "toolTcpClient"),
                registry.get("newTcpServer").button(FxTexts.text("app.tool.tcpServer"), "toolTcpServer"),
                registry.get("newUdpSocket").button(FxTexts.text("app.tool.udpSocket"), "toolUdpSocket"),
                registry.get("refreshAdapters").button(FxTexts.text("app.tool.refreshAdapters"), "refreshAdapters"),
                Buttons.bound("app.tool.trustedCertificates", "toolTrustedCertificates",
                        "app.tool.trustedCertificates.tip", commands::trustedCertificates),
                Buttons.bound("app.tool.relay", "toolRelay", "app.tool.relay.tip", this::showRelay));
    }

    private void restoreDesktop(DesktopSettings desktop) {
        if (desktop.fontSize() > 0) {
            shell.fontSizeProperty().set(Math.clamp(desktop.fontSize(), ShellModel.MIN_FONT_SIZE, ShellModel.MAX_FONT_SIZE));
        }
        for (WorkbenchPane pane : WorkbenchPane.values()) {
            window.shownProperty(pane).set(!desktop.hiddenPanes().contains(pane.name()));
            window.shownProperty(pane).addListener((obs, was, now) -> settingsKeeper.update(s -> s.withDesktop(
                    s.desktop().withHiddenPanes(window.hiddenPanes().stream().map(Enum::name).toList()))));
        }
        shell.fontSizeProperty().addListener((obs, old, size) ->
                settingsKeeper.update(s -> s.withDesktop(s.desktop().withFontSize(size.doubleValue()))));
        // The start-up language was applied before the window was built (SocketWorkbenchApp).
        shell.languageProperty().set(Language.fromTag(desktop.language()));
        shell.languageProperty().addListener((obs, old, language) ->
                settingsKeeper.update(s -> s.withDesktop(s.desktop().withLanguage(language.tag()))));
    }

    /** Restores split positions and table columns; once the window shows (tab contents have their skins then). */
    void restoreLayout() {
        DesktopSettings desktop = settingsKeeper.current().desktop();
        window.restoreSplitPositions(desktop.splits());
        TableLayouts.restore(window, desktop.tables());
    }

    /** The layout to save: split positions and table columns. */
    void rememberLayout() {
        var splits = window.splitPositions();
        var tables = TableLayouts.capture(window);
        settingsKeeper.update(s -> s.withDesktop(s.desktop().withLayout(splits, tables)));
    }

    /** Opens a file from the File menu, the recent list or a drop: a workspace opens, a script goes to the console. */
    void openFile(Path file) {
        if (WorkspaceActions.isWorkspace(file)) {
            workspace.open(file);
            return;
        }
        window.showView("consoleTab");
        try {
            consoleModel.open(file);
            recentFiles.remember(file);
            statusBar.setText(Texts.get("app.status.opened", file.getFileName()));
        } catch (IOException e) {
            recentFiles.forget(file);
            String problem = Texts.get("app.status.cannotOpen", file, e.getMessage());
            consoleModel.report(new ConsoleLine(ConsoleLevel.ERROR, problem));
            statusBar.setText(problem);
        }
    }

    /** What File, Quit does (the app closes the window the way the window's close button does). */
    void onQuit(Runnable value) {
        quit = value;
    }

    WorkspaceActions workspace() {
        return workspace;
    }

    ActionRegistry actions() {
        return registry;
    }

    RecentFiles recentFiles() {
        return recentFiles;
    }

    SocketListModel socketModel() {
        return socketModel;
    }

    TrafficPane trafficPane() {
        return trafficPane;
    }

    ConsoleModel console() {
        return consoleModel;
    }

    /** The relay form in a window of its own (one relay per workbench; its legs show in the socket list). */
    private void showRelay() {
        if (relayStage == null) {
            relayStage = new javafx.stage.Stage();
            relayStage.titleProperty().bind(FxTexts.text("app.relay.title"));
            relayStage.initOwner(statusBar.getScene().getWindow());
            relayStage.setScene(new javafx.scene.Scene(new RelayPane(relayModel), 560, 760));
        }
        relayStage.show();
        relayStage.toFront();
    }

    /** For the GUI benchmark and tests in this package. */
    SocketEngine engine() {
        return engine;
    }

    ReplyRulesModel replies() {
        return replies;
    }

    TrafficCapture capture() {
        return capture;
    }

    TrafficViewModel traffic() {
        return traffic;
    }

    SocketTracker tracker() {
        return tracker;
    }

    /** Selects a socket's row in the list (the composer then targets it). */
    void selectSocket(int id) {
        socketList.selectSocket(id);
    }

    MulticastWorkspace multicast() {
        return multicast;
    }

    MainWindow window() {
        return window;
    }

    SocketCommands commands() {
        return commands;
    }

    ShellModel shell() {
        return shell;
    }

    void refreshAdapters() {
        adapters.refresh();
    }

    /** Shows a warning in the status bar (e.g. unreadable settings). */
    void warn(String message) {
        statusBar.setText(message);
    }

    void start() {
        pulses.start();
        adapters.refresh();
        workspace.restoreAtStart();
    }

    @Override
    public void close() {
        pulses.stop();
        traffic.dispose();
        consoleModel.stop();
        relayModel.stop();
        multicastModel.dispose();
        multicast.close();
        engine.close();
    }
}
