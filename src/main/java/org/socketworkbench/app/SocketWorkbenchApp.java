package org.socketworkbench.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.ui.AppIcons;
import org.socketworkbench.ui.FxBatchingExecutor;
import org.socketworkbench.ui.adapters.AdapterListModel;
import org.socketworkbench.ui.shell.MainWindow;
import org.socketworkbench.ui.shell.ShellModel;
import org.socketworkbench.ui.traffic.TrafficViewModel;

/** Builds the main window and wires the models to the engine and feature services. */
public final class SocketWorkbenchApp extends Application {

    static final String TITLE = "Socket Workbench";

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw().toArray(String[]::new));
        Thread.currentThread().setUncaughtExceptionHandler(new FxErrorHandler(options.smokeTest()));

        ShellModel shell = new ShellModel();
        shell.getTheme().apply();
        AdapterListModel adapters = new AdapterListModel(new AdapterScanner(), new FxBatchingExecutor());
        // The traffic tap: the engine reports every payload to the capture (engine.addObserver(capture)),
        // the meter hears every captured payload, the view pulls from the capture once per pulse.
        TrafficCapture capture = new TrafficCapture();
        ThroughputMeter throughput = new ThroughputMeter();
        capture.addListener(throughput);
        TrafficViewModel traffic = new TrafficViewModel(capture, throughput);
        MainWindow window = new MainWindow(shell, adapters, traffic);

        Scene scene = new Scene(window, 1280, 800);
        stage.setTitle(TITLE);
        stage.getIcons().setAll(AppIcons.windowIcons());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.setScene(scene);
        if (options.smokeTest()) {
            SmokeTest.exitAfterFirstFrame(scene);
        }
        stage.show();
        adapters.refresh();
    }
}
