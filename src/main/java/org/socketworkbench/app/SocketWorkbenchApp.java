package org.socketworkbench.app;

import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.settings.SettingsKeeper;
import org.socketworkbench.settings.SettingsStore;
import org.socketworkbench.ui.AppIcons;
import org.socketworkbench.ui.menu.AboutDialog;
import org.socketworkbench.ui.menu.DesktopConventions;
import org.socketworkbench.ui.traffic.SaveFileChooser;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Starts the workbench: settings, the composition root, the window (sized to fit the screen),
 * and saves the layout when the window closes. The keyboard shortcuts are the accelerators of the
 * menu bar (WorkbenchActions).
 */
public final class SocketWorkbenchApp extends Application {

    /** System property naming the settings directory (tests use a temporary one). */
    static final String SETTINGS_DIR_PROPERTY = "socketworkbench.settings.dir";
    private static final System.Logger LOG = System.getLogger(SocketWorkbenchApp.class.getName());

    /** The window's size when the screen has room; smaller screens get all of it. */
    static final double PREFERRED_WIDTH = 1440;
    static final double PREFERRED_HEIGHT = 900;

    private final SaveFileChooser exportChooser;
    private final Consumer<Path> openOnDesktop;
    private Workbench workbench;
    private SettingsKeeper settings;

    public SocketWorkbenchApp() {
        this(SaveFileChooser.fileDialog());
    }

    /** With a chosen way to ask where exports go (tests answer without a native dialog). */
    SocketWorkbenchApp(SaveFileChooser exportChooser) {
        this(exportChooser, null);
    }

    /** With a chosen way to open folders on the desktop (null: the platform's, through HostServices). */
    SocketWorkbenchApp(SaveFileChooser exportChooser, Consumer<Path> openOnDesktop) {
        this.exportChooser = exportChooser;
        this.openOnDesktop = openOnDesktop;
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.fromParameters(
                getParameters() == null ? List.of() : getParameters().getRaw());
        Thread.currentThread().setUncaughtExceptionHandler(new FxErrorHandler(options.smokeTest()));

        SettingsPreload.Preloaded preloaded = SettingsPreload.take(SocketWorkbenchApp::settingsStore);
        SettingsStore store = preloaded.store();
        SettingsStore.Loaded loaded = preloaded.loaded();
        settings = new SettingsKeeper(store, loaded.settings(),
                problem -> LOG.log(System.Logger.Level.WARNING, problem));
        // Before anything is built: dialogs, file choosers and JavaFX's own controls read the
        // language when they are made, the bound texts follow later switches by themselves.
        Texts.use(Language.fromTag(loaded.settings().desktop().language()));
        Consumer<Path> opener = openOnDesktop != null ? openOnDesktop
                : folder -> getHostServices().showDocument(folder.toUri().toString());
        DesktopHost host = new DesktopHost(DesktopConventions.current(), opener, store.file().getParent(),
                new AboutDialog.RuntimeInfo(Versions.appLine(), Versions.javaLine(), Versions.javafxLine()));
        workbench = new Workbench(settings, exportChooser, host);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(workbench.window(), Math.min(PREFERRED_WIDTH, screen.getWidth()),
                Math.min(PREFERRED_HEIGHT, screen.getHeight()));
        workbench.onQuit(() -> {
            stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            stage.close();
        });
        stage.setTitle(Texts.get("app.title"));
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
        workbench.restoreLayout();
        workbench.start();
        loaded.warning().ifPresent(workbench::warn);
    }

    /** The running workbench (for the GUI benchmark in this package). */
    Workbench workbench() {
        return workbench;
    }

    static SettingsStore settingsStore() {
        String directory = System.getProperty(SETTINGS_DIR_PROPERTY);
        return directory == null ? SettingsStore.forCurrentUser() : new SettingsStore(Path.of(directory));
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
        workbench.rememberLayout();
    }

    @Override
    public void stop() {
        if (workbench != null) {
            workbench.close();
            settings.saveNow();
        }
    }
}
