package org.socketworkbench.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.settings.SettingsKeeper;
import org.socketworkbench.settings.SettingsStore;
import org.socketworkbench.ui.AppIcons;
import org.socketworkbench.ui.traffic.SaveFileChooser;

import java.nio.file.Path;
import java.util.List;

/** Starts the workbench: settings, the composition root, the window, keyboard shortcuts. */
public final class SocketWorkbenchApp extends Application {

    static final String TITLE = "Socket Workbench";
    /** System property naming the settings directory (tests use a temporary one). */
    static final String SETTINGS_DIR_PROPERTY = "socketworkbench.settings.dir";
    private static final System.Logger LOG = System.getLogger(SocketWorkbenchApp.class.getName());

    private final SaveFileChooser exportChooser;
    private Workbench workbench;
    private SettingsKeeper settings;

    public SocketWorkbenchApp() {
        this(SaveFileChooser.fileDialog());
    }

    /** With a chosen way to ask where exports go (tests answer without a native dialog). */
    SocketWorkbenchApp(SaveFileChooser exportChooser) {
        this.exportChooser = exportChooser;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.fromParameters(
                getParameters() == null ? List.of() : getParameters().getRaw());
        Thread.currentThread().setUncaughtExceptionHandler(new FxErrorHandler(options.smokeTest()));

        SettingsStore store = settingsStore();
        SettingsStore.Loaded loaded = store.load();
        settings = new SettingsKeeper(store, loaded.settings(),
                problem -> LOG.log(System.Logger.Level.WARNING, problem));
        workbench = new Workbench(settings, exportChooser);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(workbench.window(), Math.min(1440, screen.getWidth() * 0.95),
                Math.min(900, screen.getHeight() * 0.95));
        installShortcuts(scene);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        restoreBounds(stage, loaded.settings().window());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> rememberLayout(stage));
        if (options.smokeTest()) {
            SmokeTest.exitAfterFirstFrame(scene);
        }
        stage.show();
        workbench.start();
        loaded.warning().ifPresent(workbench::warn);
    }

    /** The running workbench (for the GUI benchmark in this package). */
    Workbench workbench() {
        return workbench;
    }

    private static SettingsStore settingsStore() {
        String directory = System.getProperty(SETTINGS_DIR_PROPERTY);
        return directory == null ? SettingsStore.forCurrentUser() : new SettingsStore(Path.of(directory));
    }

    private void installShortcuts(Scene scene) {
        var accelerators = scene.getAccelerators();
        accelerators.put(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), workbench.commands()::newTcpClient);
        accelerators.put(new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN), workbench.commands()::newTcpServer);
        accelerators.put(new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN), workbench.commands()::newUdpSocket);
        accelerators.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                () -> workbench.shell().setTheme(workbench.shell().getTheme().toggled()));
        accelerators.put(new KeyCodeCombination(KeyCode.F5), workbench::refreshAdapters);
    }

    private static void restoreBounds(Stage stage, Settings.WindowBounds bounds) {
        if (bounds == null || bounds.width() < 400 || bounds.height() < 300) {
            return;
        }
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximized());
    }

    private void rememberLayout(Stage stage) {
        Settings.WindowBounds bounds = new Settings.WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized());
        settings.update(s -> s.withWindow(bounds, workbench.window().dividerPositions()));
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
            settings.saveNow();
        }
    }
}
