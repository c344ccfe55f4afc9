package org.socketworkbench.app;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeTableView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.traffic.HexDump;
import org.socketworkbench.traffic.TimestampFormat;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * At the window's default size on a 1366 x 768 laptop screen (all of it) and on a 1920 x 1080
 * screen (1440 x 900), with the default column widths and splits, nothing essential is cut off:
 * the socket list's type to rate, the traffic table's time of day and an IPv4 peer, the
 * composer's Send button, every adapter header and value, 16 bytes of hex dump with their ASCII
 * gutter, the throughput chart's title and its toggle, the titles of the traffic table's short
 * columns (in English and in Chinese).
 */
class LayoutFitTest {

    private static final Set<String> SHORT_TRAFFIC_COLUMNS = Set.of("trafficColumn-number", "trafficColumn-socket",
            "trafficColumn-direction", "trafficColumn-conversation", "trafficColumn-length");

    private final FxRobot robot = new FxRobot();
    private final String settingsBefore = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);

    @TempDir
    Path dir;

    private SocketWorkbenchApp app;

    @RegisterExtension
    final FxExtension fx = FxExtension.application(() -> {
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, dir.resolve("settings").toString());
        app = new SocketWorkbenchApp((owner, format, name) -> Optional.empty(), folder -> { });
        return app;
    });

    @AfterEach
    void restoreSettingsDirectory() {
        if (settingsBefore == null) {
            System.clearProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
        } else {
            System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, settingsBefore);
        }
    }

    @Test
    void everythingEssentialFitsOnALaptopScreen() {
        checkAt(1366, 768);
    }

    @Test
    void everythingEssentialFitsOnAFullHdScreen() {
        checkAt(SocketWorkbenchApp.PREFERRED_WIDTH, SocketWorkbenchApp.PREFERRED_HEIGHT);
    }

    /** In Chinese the traffic table's socket column was cut to "套..." on a laptop screen. */
    @Test
    void theTrafficTablesShortColumnsKeepTheirTitlesInChinese() {
        try {
            robot.interact(() -> app.workbench().shell().languageProperty().set(Language.SIMPLIFIED_CHINESE));
            for (double[] size : new double[][] {{1366, 768}, {SocketWorkbenchApp.PREFERRED_WIDTH, SocketWorkbenchApp.PREFERRED_HEIGHT}}) {
                resize(size[0], size[1]);
                trafficTitlesAreWhole(" in Chinese at " + size[0] + " x " + size[1]);
            }
        } finally {
            robot.interact(() -> app.workbench().shell().languageProperty().set(Language.ENGLISH));
        }
    }

    private void resize(double width, double height) {
        robot.interact(() -> {
            fx.stage().setWidth(width);
            fx.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> fx.stage().getScene().getRoot().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The number, socket, direction and length columns: short values, so the title is all that says what they are. */
    private void trafficTitlesAreWhole(String at) {
        TableView<?> traffic = robot.lookup("#trafficTable").query();
        List<String> titles = traffic.getColumns().stream()
                .filter(c -> SHORT_TRAFFIC_COLUMNS.contains(c.getId())).map(c -> c.getText()).toList();
        assertEquals(SHORT_TRAFFIC_COLUMNS.size(), titles.size(), "the short columns by id: " + titles);
        List<String> cut = traffic.lookupAll(".column-header .label").stream()
                .map(Labeled.class::cast).filter(l -> titles.contains(l.getText()) && l.isTextTruncated())
                .map(l -> l.getText() + " (" + l.getWidth() + " of " + l.prefWidth(-1) + ")").toList();
        assertEquals(List.of(), cut, "traffic titles cut to an ellipsis" + at);
    }

    private void checkAt(double width, double height) {
        resize(width, height);
        String at = " at " + width + " x " + height;
        trafficTitlesAreWhole(at);

        TableView<?> traffic = robot.lookup("#trafficTable").query();
        TableColumn<?, ?> time = traffic.getColumns().stream()
                .filter(c -> "trafficColumn-time".equals(c.getId())).findFirst().orElseThrow();
        Text timeText = new Text(TimestampFormat.TIME_OF_DAY.format(System.currentTimeMillis() * 1_000_000L, 0, 0,
                ZoneId.systemDefault()));
        assertTrue(timeText.getLayoutBounds().getWidth() + 10 <= time.getWidth(),
                "traffic time column: " + time.getWidth() + " for a time of day needing " + timeText.getLayoutBounds().getWidth() + at);

        TableColumn<?, ?> peer = traffic.getColumns().stream()
                .filter(c -> "trafficColumn-peer".equals(c.getId())).findFirst().orElseThrow();
        double peerNeeds = new Text("127.0.0.1:65535").getLayoutBounds().getWidth() + 10;
        assertTrue(peerNeeds <= peer.getWidth(), "traffic peer column: " + peer.getWidth() + " for " + peerNeeds + at);

        TreeTableView<?> sockets = robot.lookup("#socketTree").query();
        double typeToRate = sockets.getColumns().subList(0, 8).stream().mapToDouble(c -> c.getWidth()).sum();
        assertTrue(typeToRate + 16 <= sockets.getWidth(),
                "socket list: type..rate need " + typeToRate + " of " + sockets.getWidth() + at);
        assertTrue(sockets.getColumns().get(7).getText().startsWith("Rate"), "the eighth column is the rate");

        TableView<?> adapters = robot.lookup("#adapterTable").query();
        double all = adapters.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
        assertTrue(all + 16 <= adapters.getWidth(), "adapters need " + all + " of " + adapters.getWidth() + at);
        for (Node header : adapters.lookupAll(".column-header .label")) {
            assertFalse(((Labeled) header).isTextTruncated(), "adapter header " + ((Labeled) header).getText() + " " + ((Labeled) header).getWidth() + " wants " + ((Labeled) header).prefWidth(-1) + " font " + ((Labeled) header).getFont() + at);
        }

        List<String> cutValues = adapters.lookupAll(".table-cell").stream().map(Labeled.class::cast)
                .filter(cell -> cell.isVisible() && cell.getText() != null && cell.isTextTruncated())
                .map(cell -> cell.getText() + " (" + cell.getWidth() + " of " + cell.prefWidth(-1) + ")").toList();
        assertEquals(List.of(), cutValues, "adapter values cut to an ellipsis" + at);

        TextArea hexDump = robot.lookup("#hexDump").query();
        String line = HexDump.format(new byte[] {0x47, 0x45, 0x54, 0x20, 0x2f, 0x73, 0x74, 0x61, 0x74, 0x75, 0x73, 0x20,
            0x48, 0x54, 0x54, 0x50}).lines().findFirst().orElseThrow();
        Text probe = new Text(line);
        probe.setFont(hexDump.getFont());
        double needed = probe.getLayoutBounds().getWidth() + 30;
        assertTrue(needed <= hexDump.getWidth(), "hex dump line needs " + needed + " of " + hexDump.getWidth() + at);

        for (Node node : robot.lookup("#throughput").query().lookupAll(".label, .toggle-button")) {
            if (node instanceof Labeled labeled && labeled.isVisible() && labeled.getText() != null
                    && (labeled.getText().startsWith("Throughput") || labeled.getText().startsWith("Selected"))) {
                assertFalse(labeled.isTextTruncated(), "chart header \"" + labeled.getText() + "\" is cut off" + at);
            }
        }
        SplitPane left = robot.lookup("#leftSplit").query();
        Node composer = left.getItems().get(1);
        Node send = robot.lookup("#composerSend").query();
        double sendBottom = send.localToScene(send.getLayoutBounds()).getMaxY();
        double composerBottom = composer.localToScene(composer.getLayoutBounds()).getMaxY();
        assertTrue(send.isVisible() && sendBottom <= composerBottom,
                "the composer's Send button ends at " + sendBottom + ", below its pane's " + composerBottom + at);

        Node chart = robot.lookup("#throughputChart").query();
        assertTrue(chart.getLayoutBounds().getHeight() >= 110, "the chart has room for its axes" + at);
    }
}
