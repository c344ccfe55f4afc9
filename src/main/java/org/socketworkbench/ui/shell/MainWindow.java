package org.socketworkbench.ui.shell;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.controlsfx.control.StatusBar;
import org.socketworkbench.ui.Theme;

import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;

/**
 * The main window's content: toolbar on top; three views — the workbench (sockets, composer and
 * adapters on the left, traffic on the right), multicast group testing, and the script console —
 * and the status bar at the bottom. All splits are resizable and their positions are part of the
 * saved layout.
 */
public final class MainWindow extends BorderPane {

    /** The panes the window arranges. */
    public record Panes(Node socketList, Node composer, Node adapterList, Node traffic, Node multicast, Node console,
                        StatusBar statusBar, List<Node> toolItems) {
    }

    private final ShellModel shell;
    private final SplitPane main = new SplitPane();
    private final SplitPane left = new SplitPane();

    public MainWindow(ShellModel shell, Panes panes) {
        this.shell = shell;
        setId("mainWindow");
        getStylesheets().add(MainWindow.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
        createView(panes);
    }

    private void createView(Panes panes) {
        left.setOrientation(Orientation.VERTICAL);
        left.getItems().setAll(panes.socketList(), panes.composer(), panes.adapterList());
        left.setDividerPositions(0.45, 0.72);
        main.getItems().setAll(left, panes.traffic());
        main.setDividerPositions(0.42);
        panes.statusBar().setId("statusBar");
        TabPane views = new TabPane(
                view("Workbench", "workbenchTab", main),
                view("Multicast", "multicastTab", panes.multicast()),
                view("Console", "consoleTab", panes.console()));
        views.setId("views");
        setTop(createToolBar(panes.toolItems()));
        setCenter(views);
        setBottom(panes.statusBar());
    }

    /**
     * A view whose content joins the scene when the view is first selected: the skins and CSS of
     * views nobody has opened yet would otherwise be built before the first frame.
     */
    private static Tab view(String title, String id, Node content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content);
                }
            }
        });
        return tab;
    }

    private ToolBar createToolBar(List<Node> items) {
        ToggleButton dark = new ToggleButton("Dark theme");
        dark.setId("darkTheme");
        dark.setTooltip(new Tooltip("Switch between the light and the dark theme"));
        dark.setSelected(shell.getTheme() == Theme.DARK);
        dark.selectedProperty().addListener((obs, was, isDark) -> shell.setTheme(isDark ? Theme.DARK : Theme.LIGHT));
        shell.themeProperty().addListener((obs, old, theme) -> dark.setSelected(theme == Theme.DARK));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar toolBar = new ToolBar();
        toolBar.getItems().addAll(items);
        toolBar.getItems().addAll(spacer, dark);
        toolBar.setId("mainToolBar");
        return toolBar;
    }

    /** Divider positions, outer split first, for the saved layout. */
    public List<Double> dividerPositions() {
        double[] outer = main.getDividerPositions();
        double[] inner = left.getDividerPositions();
        return DoubleStream.concat(Arrays.stream(outer), Arrays.stream(inner))
                .boxed().toList();
    }

    /** Restores divider positions saved by {@link #dividerPositions()}; ignores a layout that does not fit. */
    public void restoreDividerPositions(List<Double> positions) {
        if (positions.size() != 3 || positions.stream().anyMatch(p -> p <= 0 || p >= 1)) {
            return;
        }
        main.setDividerPositions(positions.get(0));
        left.setDividerPositions(positions.get(1), positions.get(2));
    }
}
