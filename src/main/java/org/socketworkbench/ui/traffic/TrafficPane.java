package org.socketworkbench.ui.traffic;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTooltips;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.socketworkbench.traffic.ExportFormat;
import org.socketworkbench.traffic.TimestampFormat;
import org.socketworkbench.ui.StyleClasses;

import java.time.ZoneId;
import java.util.Locale;

/**
 * The traffic pane: every payload sent and received in a table, the selected one as a hex dump,
 * a throughput chart, and the tools to filter, pause, clear and export. A view over a
 * {@link TrafficViewModel}.
 */
public final class TrafficPane extends BorderPane {

    private final TrafficViewModel model;
    private final TrafficTable table;
    private final TextArea hexDump = new TextArea();
    private ExportMenu exportMenu;
    /** From this width (px) on, the hex dump and the chart sit side by side. */
    static final double SIDE_BY_SIDE_WIDTH = 1000;

    /** With the platform's save dialog for exports. */
    public TrafficPane(TrafficViewModel model) {
        this(model, SaveFileChooser.fileDialog());
    }

    public TrafficPane(TrafficViewModel model, SaveFileChooser saveFileChooser) {
        this.model = model;
        this.table = new TrafficTable(model, ZoneId.systemDefault());
        setId("trafficPane");
        getStyleClass().add(StyleClasses.TRAFFIC_PANE);
        createView(saveFileChooser);
    }

    /** Offers "Send again" and "Save as preset" on the table's rows. */
    public void setPayloadActions(PayloadActions actions) {
        TrafficRowMenu.install(table, actions);
    }

    private void createView(SaveFileChooser saveFileChooser) {
        VBox top = new VBox(Localized.header("traffic.title"), createToolBar(saveFileChooser), new FilterBar(model));
        SplitPane details = new SplitPane(createHexDumpView(), new ThroughputChart(model));
        details.setId("trafficDetailsSplit");
        stackWhenNarrow(details);
        SplitPane split = new SplitPane(table, details);
        split.setId("trafficSplit");
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        setTop(top);
        setCenter(split);
        setBottom(createStatusLine());
        FxTexts.localeProperty().addListener((obs, old, now) -> model.relocalize());
    }

    private ToolBar createToolBar(SaveFileChooser saveFileChooser) {
        ChoiceBox<TimestampFormat> timestamps = new ChoiceBox<>();
        timestamps.setId("timestampFormat");
        timestamps.getItems().addAll(TimestampFormat.values());
        timestamps.valueProperty().bindBidirectional(model.timestampFormatProperty());
        LazyTooltips.install(timestamps, "traffic.timestamps.tooltip");
        timestamps.setPrefWidth(150);
        FxTexts.accessible(timestamps, "traffic.timestamps.accessible");
        Localized.follow(timestamps, Localized.TIMESTAMP_FORMAT);

        ToggleButton pause = FxTexts.bind(new ToggleButton(), "traffic.pause");
        pause.setId("pauseView");
        pause.selectedProperty().bindBidirectional(model.pausedProperty());
        LazyTooltips.install(pause, "traffic.pause.tooltip");
        Label badge = new Label();
        badge.setId("pausedBadge");
        badge.getStyleClass().add(StyleClasses.PAUSED_BADGE);
        badge.textProperty().bind(FxTexts.text("traffic.paused.badge", Bindings.format(Locale.ROOT, "%,d",
                model.arrivedWhilePausedProperty())));
        badge.visibleProperty().bind(model.pausedProperty());
        badge.managedProperty().bind(badge.visibleProperty());

        ToggleButton autoScroll = FxTexts.bind(new ToggleButton(), "traffic.autoScroll");
        autoScroll.setId("autoScroll");
        autoScroll.selectedProperty().bindBidirectional(model.autoScrollProperty());
        LazyTooltips.install(autoScroll, "traffic.autoScroll.tooltip");

        Button clear = FxTexts.bind(new Button(), "traffic.clear");
        clear.setId("clearTraffic");
        LazyTooltips.install(clear, "traffic.clear.tooltip");
        clear.setOnAction(e -> model.clear());

        exportMenu = new ExportMenu(model, saveFileChooser);
        ToolBar toolBar = new ToolBar(timestamps, pause, badge, autoScroll, clear, exportMenu);
        toolBar.setId("trafficToolBar");
        return toolBar;
    }

    /**
     * The hex dump needs about 560px for 16 bytes and their ASCII gutter, the chart about 420 for
     * its title and axes: side by side when the pane has room for both, the chart under the hex
     * dump when it has not (the right half of a 1366px screen).
     */
    private void stackWhenNarrow(SplitPane details) {
        details.setDividerPositions(0.6);
        widthProperty().addListener((obs, old, width) -> {
            Orientation wanted = width.doubleValue() >= SIDE_BY_SIDE_WIDTH ? Orientation.HORIZONTAL : Orientation.VERTICAL;
            if (details.getOrientation() != wanted) {
                details.setOrientation(wanted);
                details.setDividerPositions(wanted == Orientation.HORIZONTAL ? 0.58 : 0.55);
            }
        });
    }

    /** Exports the whole capture (File menu): asks where, as the Export button does. */
    public void export(ExportFormat format) {
        exportMenu.exportTo(format, false);
    }

    private VBox createHexDumpView() {
        hexDump.setId("hexDump");
        hexDump.getStyleClass().add(StyleClasses.HEX_DUMP);
        hexDump.setEditable(false);
        hexDump.setWrapText(false);
        FxTexts.accessible(hexDump, "traffic.hexDump.accessible");
        FxTexts.prompt(hexDump, "traffic.hexDump.prompt");
        hexDump.textProperty().bind(model.hexDumpProperty());
        Label title = new Label();
        title.setId("hexDumpTitle");
        title.textProperty().bind(model.hexDumpTitleProperty());
        VBox.setVgrow(hexDump, Priority.ALWAYS);
        return new VBox(title, hexDump);
    }

    private HBox createStatusLine() {
        Label status = new Label();
        status.setId("trafficStatus");
        status.textProperty().bind(model.statusProperty());
        Label message = new Label();
        message.setId("trafficMessage");
        message.textProperty().bind(model.messageProperty());
        ProgressBar filterProgress = new ProgressBar();
        filterProgress.setId("trafficFilterProgress");
        filterProgress.progressProperty().bind(model.filterProgressProperty());
        LazyTooltips.install(filterProgress, "traffic.filterProgress.tooltip");
        filterProgress.visibleProperty().bind(model.filteringProperty());
        filterProgress.managedProperty().bind(filterProgress.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox line = new HBox(8, status, filterProgress, spacer, message);
        line.getStyleClass().add(StyleClasses.TRAFFIC_STATUS);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
