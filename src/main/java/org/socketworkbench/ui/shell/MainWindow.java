package org.socketworkbench.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.StatusBar;
import org.socketworkbench.ui.Theme;
import org.socketworkbench.ui.adapters.AdapterListModel;
import org.socketworkbench.ui.adapters.AdapterListPane;
import org.socketworkbench.ui.sockets.SocketListPane;
import org.socketworkbench.ui.traffic.TrafficPane;
import org.socketworkbench.ui.traffic.TrafficViewModel;

/**
 * The main window's content: toolbar on top, sockets and adapters on the left, traffic on the
 * right, a status bar at the bottom. All splits are resizable.
 */
public final class MainWindow extends BorderPane {

    private final ShellModel shell;
    private final AdapterListModel adapterModel;
    private final TrafficViewModel trafficModel;
    private final StatusBar statusBar = new StatusBar();

    public MainWindow(ShellModel shell, AdapterListModel adapterModel, TrafficViewModel trafficModel) {
        this.shell = shell;
        this.adapterModel = adapterModel;
        this.trafficModel = trafficModel;
        setId("mainWindow");
        getStylesheets().add(MainWindow.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
        createView();
    }

    private void createView() {
        SplitPane left = new SplitPane(new SocketListPane(), new AdapterListPane(adapterModel));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.6);
        SplitPane main = new SplitPane(left, new TrafficPane(trafficModel));
        main.setDividerPositions(0.45);
        statusBar.setId("statusBar");
        statusBar.textProperty().bind(Bindings.concat("Ready \u00b7 ", adapterModel.statusProperty()));
        setTop(createToolBar());
        setCenter(main);
        setBottom(statusBar);
    }

    private ToolBar createToolBar() {
        Button refresh = new Button("Refresh adapters");
        refresh.setId("refreshAdapters");
        refresh.setTooltip(new Tooltip("Read the machine's network interfaces again"));
        refresh.setOnAction(e -> adapterModel.refresh());
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("darkTheme");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        dark.setSelected(shell.getTheme() == Theme.DARK);
        dark.selectedProperty().addListener((obs, was, isDark) -> shell.setTheme(isDark ? Theme.DARK : Theme.LIGHT));
        ToolBar toolBar = new ToolBar(refresh, dark);
        toolBar.setId("mainToolBar");
        return toolBar;
    }
}
