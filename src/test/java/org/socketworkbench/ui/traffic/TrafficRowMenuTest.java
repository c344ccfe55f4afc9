package org.socketworkbench.ui.traffic;

import javafx.scene.Node;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.traffic.TrafficEvents;
import org.testfx.api.FxRobot;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The traffic table's row menu hands the payload under the pointer to "Send again" and "Save as preset". */
class TrafficRowMenuTest {

    private final FxRobot robot = new FxRobot();
    private final TrafficCapture capture = new TrafficCapture();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private TrafficViewModel model;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountPane() throws Exception {
        fx.mount(() -> {
            model = new TrafficViewModel(capture, new ThroughputMeter());
            TrafficPane pane = new TrafficPane(model, (owner, format, name) -> Optional.empty());
            pane.setPayloadActions(new PayloadActions() {
                @Override
                public void sendAgain(CapturedPayload payload) {
                    asked.add("send again #" + payload.sequence());
                }

                @Override
                public void saveAsPreset(CapturedPayload payload) {
                    asked.add("save #" + payload.sequence());
                }
            });
            return pane;
        }, 1100, 800);
    }

    @AfterEach
    void unmountPane() throws Exception {
        FxThread.run(model::dispose);
    }

    @Test
    void theMenuActsOnTheRowRightClicked() throws Exception {
        capture.traffic(TrafficEvents.tcp(3, Direction.IN, "first"));
        capture.traffic(TrafficEvents.tcp(3, Direction.OUT, "second"));
        FxThread.waitUntil(10, () -> model.rows().size() == 2);
        robot.rightClickOn(cell("second"));
        choose("trafficMenu-sendAgain");
        robot.rightClickOn(cell("first"));
        choose("trafficMenu-savePreset");
        FxThread.waitUntil(10, () -> asked.size() == 2);
        assertEquals(List.of("send again #2", "save #1"), asked);
    }

    /** Opens the table's menu where the pointer is and picks an item (headless glass opens no menu on a right click). */
    private void choose(String id) throws Exception {
        FxThread.run(() -> {
            TableView<?> table = robot.lookup("#trafficTable").queryAs(TableView.class);
            ContextMenu menu = table.getContextMenu();
            menu.show(table, Side.BOTTOM, 0, 0);
            MenuItem item = menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
            assertTrue(!item.isDisable(), id + " is enabled on a selected row");
            menu.hide();
            item.fire();
        });
    }

    private Node cell(String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText())).query();
    }
}
