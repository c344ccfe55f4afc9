package org.socketworkbench.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.StatusBar;
import atlantafx.base.theme.Styles;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTooltips;
import org.socketworkbench.ui.LazyTabs;
import org.socketworkbench.ui.Theme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;
import java.util.Map;
import java.util.stream.DoubleStream;

/**
 * The main window's content: toolbar on top; three views — the workbench (sockets, composer and
 * adapters on the left, traffic on the right), multicast group testing, and the script console —
 * and the status bar at the bottom. All splits are resizable and their positions are part of the
 * saved layout. View shows and hides the workbench's panes ({@link WorkbenchPane}); the menu bar,
 * when there is one, sits above the toolbar.
 */
public final class MainWindow extends BorderPane {

    /**
     * The panes the window arranges. The Multicast and Console views are made when first opened:
     * building their panes (the script editor above all) is start-up work nobody sees in the first frame.
     */
    public record Panes(Node socketList, Node composer, Node adapterList, Node traffic, Supplier<Node> multicast,
                        Supplier<Node> console, StatusBar statusBar, List<Node> toolItems) {
    }

    /** Shown in the theme toggle's accessible text; the accelerator itself is a View menu command. */
    public static final String THEME_KEY = "Shortcut+Shift+D"; // i18n-ok: key names as printed on keys
    /** Default splits, chosen so that at 1366 x 768 the socket list shows type to rate, the composer its Send row and the hex dump 16 bytes. */
    static final double DEFAULT_MAIN = 0.5;
    static final double LEFT_WIDTH = 800;
    static final double[] DEFAULT_LEFT = {0.45, 0.79};

    private final ShellModel shell;
    private final SplitPane main = new SplitPane();
    private final SplitPane left = new SplitPane();
    private final Map<WorkbenchPane, Node> paneNodes = new EnumMap<>(WorkbenchPane.class);
    private final Map<WorkbenchPane, BooleanProperty> shown = new EnumMap<>(WorkbenchPane.class);
    private TabPane views;
    private double appliedFontSize;
    private boolean mainPlaced;
    private ToolBar toolBar;

    public MainWindow(ShellModel shell, Panes panes) {
        this.shell = shell;
        setId("mainWindow");
        getStylesheets().add(MainWindow.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
        createView(panes);
        shell.fontSizeProperty().addListener((obs, old, size) -> applyFontSize(size.doubleValue()));
        applyFontSize(shell.fontSizeProperty().get());
    }

    private void createView(Panes panes) {
        paneNodes.put(WorkbenchPane.SOCKETS, panes.socketList());
        paneNodes.put(WorkbenchPane.COMPOSER, panes.composer());
        paneNodes.put(WorkbenchPane.ADAPTERS, panes.adapterList());
        paneNodes.put(WorkbenchPane.TRAFFIC, panes.traffic());
        for (WorkbenchPane pane : WorkbenchPane.values()) {
            BooleanProperty visible = new SimpleBooleanProperty(true);
            visible.addListener((obs, was, now) -> arrangePanes());
            shown.put(pane, visible);
        }
        main.setId("mainSplit");
        left.setId("leftSplit");
        left.setOrientation(Orientation.VERTICAL);
        left.getItems().setAll(panes.socketList(), panes.composer(), panes.adapterList());
        left.setDividerPositions(DEFAULT_LEFT);
        main.getItems().setAll(left, panes.traffic());
        main.setDividerPositions(DEFAULT_MAIN);
        // A wider or narrower window widens or narrows the traffic pane; the socket list keeps its width.
        SplitPane.setResizableWithParent(left, Boolean.FALSE);
        panes.statusBar().setId("statusBar");
        views = new TabPane(
                LazyTabs.tab("shell.view.workbench", "workbenchTab", () -> main),
                LazyTabs.tab("shell.view.multicast", "multicastTab", () -> dense(panes.multicast().get())),
                LazyTabs.tab("shell.view.console", "consoleTab", panes.console()));
        views.setId("views");
        toolBar = createToolBar(panes.toolItems());
        setTop(toolBar);
        setCenter(views);
        for (Node pane : List.of(panes.socketList(), panes.adapterList(), panes.traffic())) {
            dense(pane);
        }
        setBottom(panes.statusBar());
    }

    /** Denser rows (AtlantaFX's "dense" tables): more sockets and payloads in sight on a laptop screen. */
    private static Node dense(Node pane) {
        pane.lookupAll(".table-view, .tree-table-view").forEach(table -> table.getStyleClass().add(Styles.DENSE));
        return pane;
    }

    private ToolBar createToolBar(List<Node> items) {
        ToggleButton dark = FxTexts.bind(new ToggleButton(), "shell.darkTheme");
        dark.setId("darkTheme");
        LazyTooltips.install(dark, "shell.darkTheme.tip");
        dark.setSelected(shell.getTheme() == Theme.DARK);
        dark.selectedProperty().addListener((obs, was, isDark) -> shell.setTheme(isDark ? Theme.DARK : Theme.LIGHT));
        shell.themeProperty().addListener((obs, old, theme) -> dark.setSelected(theme == Theme.DARK));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        FxTexts.accessible(dark, "shell.darkTheme.accessible", THEME_KEY);
        ToolBar bar = new ToolBar();
        bar.getItems().addAll(items);
        bar.getItems().addAll(spacer, dark);
        bar.setId("mainToolBar");
        FxTexts.accessible(bar, "shell.toolbar");
        return bar;
    }

    /** Puts {@code items} at the start of the toolbar (buttons made from the window's actions). */
    public void setToolItems(List<Node> items) {
        toolBar.getItems().addAll(0, items);
    }

    /** Puts the menu bar above the toolbar (on macOS it moves into the system menu bar by itself). */
    public void setMenuBar(MenuBar menuBar) {
        setTop(new VBox(menuBar, toolBar));
    }

    /** Whether a pane of the Workbench view shows (View menu). */
    public BooleanProperty shownProperty(WorkbenchPane pane) {
        return shown.get(pane);
    }

    /** The panes the user hid. */
    public List<WorkbenchPane> hiddenPanes() {
        return Arrays.stream(WorkbenchPane.values()).filter(p -> !shown.get(p).get()).toList();
    }

    private void arrangePanes() {
        List<Node> leftItems = new ArrayList<>();
        for (WorkbenchPane pane : List.of(WorkbenchPane.SOCKETS, WorkbenchPane.COMPOSER, WorkbenchPane.ADAPTERS)) {
            if (shown.get(pane).get()) {
                leftItems.add(paneNodes.get(pane));
            }
        }
        left.getItems().setAll(leftItems);
        if (leftItems.size() == 3) {
            left.setDividerPositions(DEFAULT_LEFT);
        }
        List<Node> mainItems = new ArrayList<>();
        if (!leftItems.isEmpty()) {
            mainItems.add(left);
        }
        if (shown.get(WorkbenchPane.TRAFFIC).get()) {
            mainItems.add(paneNodes.get(WorkbenchPane.TRAFFIC));
        }
        main.getItems().setAll(mainItems);
        if (mainItems.size() == 2) {
            main.setDividerPositions(DEFAULT_MAIN);
        }
    }

    /** Brings a view (its tab id: workbenchTab, multicastTab, consoleTab) to the front. */
    public void showView(String tabId) {
        views.getTabs().stream().filter(tab -> tabId.equals(tab.getId())).findFirst()
                .ifPresent(tab -> views.getSelectionModel().select(tab));
    }

    /** Shows the Workbench view and the pane (showing it if hidden), and puts the keyboard focus in it. */
    public void focus(WorkbenchPane pane) {
        showView("workbenchTab");
        shown.get(pane).set(true);
        Node target = paneNodes.get(pane).lookup(pane.focusTarget());
        (target == null ? paneNodes.get(pane) : target).requestFocus();
    }

    /** Sets the window's font size and widens or narrows every table column by as much. */
    private void applyFontSize(double size) {
        if (appliedFontSize > 0 && appliedFontSize != size) {
            double scale = size / appliedFontSize;
            for (Node node : lookupAll(".table-view, .tree-table-view")) {
                if (node instanceof javafx.scene.control.TableView<?> table) {
                    table.getColumns().forEach(c -> c.setPrefWidth(c.getWidth() * scale));
                } else if (node instanceof javafx.scene.control.TreeTableView<?> tree) {
                    tree.getColumns().forEach(c -> c.setPrefWidth(c.getWidth() * scale));
                }
            }
        }
        appliedFontSize = size;
        setStyle(String.format(Locale.ROOT, "-fx-font-size: %.0fpx;", size));
    }

    /**
     * Until a saved layout says otherwise, the left column gets the width its socket list needs
     * (type to rate, {@link #LEFT_WIDTH} at the default font) and the traffic pane the rest.
     */
    @Override
    protected void layoutChildren() {
        if (!mainPlaced && getWidth() > 0 && main.getDividers().size() == 1) {
            mainPlaced = true;
            double left = LEFT_WIDTH * appliedFontSize / ShellModel.DEFAULT_FONT_SIZE;
            main.setDividerPositions(Math.clamp(left / getWidth(), 0.3, 0.62));
        }
        super.layoutChildren();
    }

    /**
     * The divider positions of every split pane with an id in the window (all views), by id:
     * what the saved layout keeps. Call it once the window has been shown (tab contents join
     * the scene graph with their skins).
     */
    public Map<String, List<Double>> splitPositions() {
        Map<String, List<Double>> positions = new LinkedHashMap<>();
        for (Node node : lookupAll(".split-pane")) {
            if (node instanceof SplitPane split && split.getId() != null && !split.getItems().isEmpty()) {
                positions.put(split.getId(), Arrays.stream(split.getDividerPositions()).boxed().toList());
            }
        }
        return positions;
    }

    /** Restores positions saved by {@link #splitPositions()}; a split whose divider count changed keeps its own. */
    public void restoreSplitPositions(Map<String, List<Double>> positions) {
        for (Node node : lookupAll(".split-pane")) {
            if (node instanceof SplitPane split && split.getId() != null) {
                List<Double> saved = positions.get(split.getId());
                if (saved != null && saved.size() == split.getDividers().size()
                        && saved.stream().allMatch(p -> p > 0 && p < 1)) {
                    mainPlaced |= split == main;
                    split.setDividerPositions(saved.stream().mapToDouble(Double::doubleValue).toArray());
                }
            }
        }
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
        mainPlaced = true;
        main.setDividerPositions(positions.get(0));
        left.setDividerPositions(positions.get(1), positions.get(2));
    }
}
