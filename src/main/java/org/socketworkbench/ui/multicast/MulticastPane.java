package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.socketworkbench.multicast.SlotState;
import org.socketworkbench.multicast.WorkspaceSnapshot;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;

/**
 * The multicast view: who is in the group, on which adapter, and is anything being lost. On top
 * the groups × adapters matrix (join/leave per cell, with the socket or the OS's answer) and each
 * group's probe sender; below, the roster of senders with loss, gaps, duplicates, reordering,
 * lateness, latency and a timeline strip each, the foreign traffic, and the rate chart.
 */
public final class MulticastPane extends BorderPane {

    private final MulticastViewModel model;
    private final GroupMatrix matrix;
    private final RosterView roster = new RosterView();
    private final ForeignTrafficLabel foreign = new ForeignTrafficLabel();
    private final SilenceHintsLabel silenceHints = new SilenceHintsLabel();
    private final RateChart rateChart = new RateChart();
    private final HeatMapView heatMap = new HeatMapView();
    private final PairDetails pairDetails = new PairDetails();
    private final Label message = new Label();

    public MulticastPane(MulticastViewModel model) {
        this.model = model;
        this.matrix = new GroupMatrix(model);
        setId("multicastView");
        getStyleClass().add(StyleClasses.MULTICAST_VIEW);
        roster.blockSourcesWith(model);
        createView();
        initListeners();
        show(model.snapshotProperty().get());
    }

    private void createView() {
        Button add = FxTexts.bind(new Button(), "multicast.addGroup");
        add.setId("addGroup");
        add.setTooltip(FxTexts.tooltip("multicast.addGroup.tip"));
        add.setOnAction(e -> GroupForm.ask(getScene() == null ? null : getScene().getWindow()).ifPresent(model::addGroup));
        Label host = FxTexts.bind(new Label(), "multicast.hostName", model.hostName());
        host.getStyleClass().add(StyleClasses.MULTICAST_HOST);
        MulticastExportMenu export = new MulticastExportMenu(model, MulticastExportMenu.Chooser.fileDialog());
        setTop(new PaneHeader(Texts.get("multicast.title"), host, add, export));

        ScrollPane matrixScroll = new ScrollPane(matrix);
        matrixScroll.setFitToHeight(false);
        matrixScroll.getStyleClass().add(StyleClasses.MATRIX_SCROLL);

        VBox.setVgrow(roster, Priority.ALWAYS);
        VBox rosterBox = new VBox(4, rosterHeader(), roster, silenceHints, foreign);
        rosterBox.getStyleClass().add(StyleClasses.ROSTER_BOX);

        ScrollPane heatScroll = new ScrollPane(heatMap);
        heatScroll.getStyleClass().add(StyleClasses.MATRIX_SCROLL);
        VBox.setVgrow(heatScroll, Priority.ALWAYS);
        VBox groupBox = new VBox(4, heatScroll, pairDetails);
        groupBox.getStyleClass().add(StyleClasses.ROSTER_BOX);
        Tab rosterTab = FxTexts.bind(new Tab(null, rosterBox), "multicast.tab.roster");
        rosterTab.setId("rosterTab");
        Tab groupTab = FxTexts.bind(new Tab(null, groupBox), "multicast.tab.group");
        groupTab.setId("groupTab");
        TabPane views = new TabPane(rosterTab, groupTab);
        views.setId("multicastTabs");
        views.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);

        SplitPane split = new SplitPane(matrixScroll, views, rateChart);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.22, 0.72);
        setCenter(split);

        message.setId("multicastMessage");
        message.getStyleClass().add(StyleClasses.MULTICAST_MESSAGE);
        message.setWrapText(true);
        setBottom(message);
    }

    private static HBox rosterHeader() {
        Label title = FxTexts.bind(new Label(), "multicast.roster.title");
        title.getStyleClass().add(StyleClasses.PANE_TITLE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(StyleClasses.ROSTER_HEADER);
        for (SlotState state : SlotState.values()) {
            Rectangle swatch = new Rectangle(10, 10, SlotColors.of(state));
            Label key = FxTexts.bind(new Label(null, swatch), SlotColors.labelKey(state));
            header.getChildren().add(key);
        }
        return header;
    }

    private void initListeners() {
        model.snapshotProperty().addListener((obs, old, snapshot) -> show(snapshot));
        heatMap.onSelect(pair -> pairDetails.select(pair, model.snapshotProperty().get().roster()));
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    private void show(WorkspaceSnapshot snapshot) {
        roster.show(snapshot.roster());
        foreign.show(snapshot.roster());
        silenceHints.show(snapshot);
        rateChart.show(snapshot.roster());
        heatMap.show(snapshot.roster());
        pairDetails.show(snapshot.roster());
    }
}
