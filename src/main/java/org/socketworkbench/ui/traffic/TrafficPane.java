package org.socketworkbench.ui.traffic;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import org.socketworkbench.ui.PaneHeader;

/** The traffic pane: every payload sent and received, with a hex dump of the selected one. */
public final class TrafficPane extends BorderPane {

    private final TableView<Object> table = new TableView<>();
    private final TextArea hexDump = new TextArea();

    public TrafficPane() {
        setId("trafficPane");
        getStyleClass().add("traffic-pane");
        createView();
    }

    private void createView() {
        table.setId("trafficTable");
        table.setPlaceholder(new Label("No traffic captured yet"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        for (String title : new String[] {"Time", "Socket", "Dir", "Peer", "Length", "Preview"}) {
            table.getColumns().add(new TableColumn<>(title));
        }
        hexDump.setId("hexDump");
        hexDump.getStyleClass().add("hex-dump");
        hexDump.setEditable(false);
        hexDump.setPromptText("Select a payload to see its bytes");
        SplitPane split = new SplitPane(table, hexDump);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.68);
        setTop(new PaneHeader("Traffic"));
        setCenter(split);
    }
}
