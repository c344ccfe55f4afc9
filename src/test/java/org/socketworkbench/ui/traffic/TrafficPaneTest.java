package org.socketworkbench.ui.traffic;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.skin.VirtualFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.FlowRoute;
import org.socketworkbench.traffic.HexDump;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TimestampFormat;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.traffic.TrafficEvents;
import org.socketworkbench.traffic.Tshark;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.testfx.api.FxRobot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The traffic pane mounted on its own, fed from a non-FX thread as the engine would. */
class TrafficPaneTest {

    private final FxRobot robot = new FxRobot();
    private final TrafficCapture capture = new TrafficCapture();
    private final ThroughputMeter meter = new ThroughputMeter();
    private TrafficViewModel model;
    private Path exportTarget;

    @TempDir
    Path dir;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountPane() throws Exception {
        capture.addListener(meter);
        SaveFileChooser chooser = (owner, format, suggested) -> Optional.of(exportTarget);
        fx.mount(() -> {
            model = new TrafficViewModel(capture, meter);
            return new TrafficPane(model, chooser);
        }, 1100, 800);
    }

    @AfterEach
    void unmountPane() throws Exception {
        FxThread.run(model::dispose);
    }

    @Test
    void payloadsAppendedOnAnotherThreadAppearAsRows() throws Exception {
        appendFromEngineThread(
                TrafficEvents.tcp(3, Direction.OUT, "hello"),
                TrafficEvents.tcp(3, Direction.IN, "world"),
                TrafficEvents.udp(4, Direction.IN, "10.0.0.9", 53, "dns"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 3);
        assertEquals("3 tcp", FxThread.call(() -> table().getColumns().get(2).getCellData(1)));
        assertEquals("\u2190 in", FxThread.call(() -> table().getColumns().get(3).getCellData(1)));
        assertEquals("", FxThread.call(() -> table().getColumns().get(4).getCellData(1)), "no relay, no conversation");
        assertEquals("10.0.0.9:53", FxThread.call(() -> table().getColumns().get(5).getCellData(2)));
        assertEquals("5", FxThread.call(() -> table().getColumns().get(6).getCellData(0)));
        assertEquals("world", FxThread.call(() -> table().getColumns().get(7).getCellData(1)));
        Label status = robot.lookup("#trafficStatus").queryAs(Label.class);
        assertEquals("3 payloads, 0 dropped (cap 1,000,000 payloads / 256 MiB)", FxThread.call(status::getText));
    }

    @Test
    void theHexDumpShowsTheSelectedRowsBytes() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(3, Direction.OUT, "first"),
                TrafficEvents.tcp(3, Direction.IN, "second payload, 16+ bytes\0"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 2);
        robot.clickOn(cellWithText("second payload, 16+ bytes."));
        TextArea hexDump = robot.lookup("#hexDump").queryAs(TextArea.class);
        FxThread.waitUntil(5, () -> !hexDump.getText().isEmpty());
        assertEquals(HexDump.format("second payload, 16+ bytes\0".getBytes(StandardCharsets.UTF_8)), FxThread.call(hexDump::getText));
        assertTrue(FxThread.call(hexDump::getText).startsWith("0000  73 65 63 6f 6e 64 20 70  61 79 6c 6f 61 64 2c 20   second p ayload, "));
        assertEquals("Payload #2 \u00b7 socket 3 tcp \u00b7 in from 127.0.0.1:7 \u00b7 26 bytes",
                FxThread.call(() -> robot.lookup("#hexDumpTitle").queryAs(Label.class).getText()));
    }

    @Test
    void aFilterNarrowsTheViewAndBadInputIsNamed() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(1, Direction.OUT, "GET /"),
                TrafficEvents.tcp(2, Direction.IN, "HTTP/1.0 200 OK"),
                TrafficEvents.tcp(2, Direction.OUT, "ping"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 3);

        robot.clickOn("#trafficFilterSocket").write("2");
        FxThread.waitUntil(5, () -> table().getItems().size() == 2);
        robot.clickOn("#trafficFilterContent").write("4f 4b");
        ChoiceBox<PayloadFormat> format = choiceBox("#trafficFilterContentFormat");
        FxThread.run(() -> format.setValue(PayloadFormat.HEX));
        FxThread.waitUntil(5, () -> table().getItems().size() == 1);
        assertEquals(2L, FxThread.call(() -> table().getItems().getFirst().sequence()));

        robot.write(" zz");
        Label error = robot.lookup("#trafficFilterError").queryAs(Label.class);
        FxThread.waitUntil(5, () -> error.getText().startsWith("Content filter: Not a hex digit at position 7 ('z')"));
        assertEquals(1, FxThread.call(() -> table().getItems().size()), "the last good filter stays in force");

        appendFromEngineThread(TrafficEvents.tcp(2, Direction.IN, "OK again"), TrafficEvents.tcp(1, Direction.IN, "OK"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 2);
        assertTrue(FxThread.call(() -> robot.lookup("#trafficStatus").queryAs(Label.class).getText().endsWith("2 shown")));
    }

    @Test
    void pauseHoldsTheViewWhileCapturingGoesOn() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(1, Direction.OUT, "before"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 1);
        robot.clickOn("#pauseView");
        assertTrue(FxThread.call(() -> model.pausedProperty().get()));

        appendFromEngineThread(TrafficEvents.tcp(1, Direction.IN, "during 1"), TrafficEvents.tcp(1, Direction.IN, "during 2"));
        Label badge = robot.lookup("#pausedBadge").queryAs(Label.class);
        FxThread.waitUntil(10, () -> badge.getText().equals("+2 new"));
        assertTrue(FxThread.call(badge::isVisible));
        assertEquals(1, FxThread.call(() -> table().getItems().size()), "the view holds");
        assertEquals(3, capture.stats().payloads(), "capturing went on");

        robot.clickOn("#pauseView");
        FxThread.waitUntil(10, () -> table().getItems().size() == 3);
        assertFalse(FxThread.call(badge::isVisible));
    }

    /** Without a relay the conversation column is empty, so it stays hidden until a relayed payload arrives. */
    @Test
    void theConversationColumnAppearsWithTheFirstRelayedPayload() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(3, Direction.OUT, "plain"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 1);
        TableColumn<?, ?> conversation = FxThread.call(() -> table().getColumns().stream()
                .filter(c -> "trafficColumn-conversation".equals(c.getId())).findFirst().orElseThrow());
        assertFalse(FxThread.call(conversation::isVisible), "hidden while nothing was relayed");
        capture.routeBy(event -> event.socketId() == 9
                ? Optional.of(new FlowRoute(1, FlowRoute.Way.CLIENT_TO_SERVER))
                : Optional.empty());
        appendFromEngineThread(TrafficEvents.tcp(9, Direction.IN, "relayed"));
        FxThread.waitUntil(10, conversation::isVisible);
    }

    @Test
    void timestampModesChangeTheTimeColumn() throws Exception {
        appendFromEngineThread(TrafficEvents.at(TrafficEvents.T0, TrafficEvents.tcp(1, Direction.OUT, "a")),
                TrafficEvents.at(TrafficEvents.T0 + 1_500_000_000L, TrafficEvents.tcp(1, Direction.OUT, "b")),
                TrafficEvents.at(TrafficEvents.T0 + 1_500_000_250L, TrafficEvents.tcp(1, Direction.OUT, "c")));
        FxThread.waitUntil(10, () -> table().getItems().size() == 3);
        ChoiceBox<TimestampFormat> modes = choiceBox("#timestampFormat");
        FxThread.run(() -> modes.setValue(TimestampFormat.SINCE_START));
        FxThread.waitUntil(5, () -> cellTexts().contains("1.500000250"));
        FxThread.run(() -> modes.setValue(TimestampFormat.DELTA));
        FxThread.waitUntil(5, () -> cellTexts().containsAll(List.of("0.000000000", "1.500000000", "0.000000250")));
        FxThread.run(() -> modes.setValue(TimestampFormat.ABSOLUTE));
        FxThread.waitUntil(5, () -> cellTexts().stream().anyMatch(t -> t.matches("2025-01-0[12] \\d\\d:\\d\\d:05\\.000000006")));
        FxThread.run(() -> modes.setValue(TimestampFormat.TIME_OF_DAY));
        FxThread.waitUntil(5, () -> cellTexts().stream().anyMatch(t -> t.matches("\\d\\d:\\d\\d:05\\.000000")));
    }

    /**
     * The capture's start moves with a Clear; the times since the start follow it, and the table
     * keeps its cells (recreating them all made the first pulse after a Clear a long one).
     */
    @Test
    void afterAClearTheTimesFollowTheNewStartInTheSameCells() throws Exception {
        FxThread.run(() -> choiceBox("#timestampFormat").setValue(TimestampFormat.SINCE_START));
        appendFromEngineThread(TrafficEvents.at(TrafficEvents.T0, TrafficEvents.tcp(1, Direction.OUT, "a")),
                TrafficEvents.at(TrafficEvents.T0 + 2_000_000_000L, TrafficEvents.tcp(1, Direction.OUT, "b")));
        FxThread.waitUntil(10, () -> cellTexts().contains("2.000000000"));
        java.util.Set<Node> before = FxThread.call(this::timeCells);
        FxThread.run(model::clear);
        FxThread.waitUntil(10, () -> table().getItems().isEmpty());
        appendFromEngineThread(TrafficEvents.at(TrafficEvents.T0 + 60_000_000_000L, TrafficEvents.tcp(1, Direction.OUT, "c")),
                TrafficEvents.at(TrafficEvents.T0 + 61_000_000_000L, TrafficEvents.tcp(1, Direction.OUT, "d")));
        FxThread.waitUntil(10, () -> cellTexts().containsAll(List.of("0.000000000", "1.000000000")));
        assertTrue(before.containsAll(FxThread.call(this::timeCells)), "the same time cells show the new rows");
    }

    /** The time column's cells now in the table, by identity. */
    private java.util.Set<Node> timeCells() {
        java.util.Set<Node> cells = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && cell.getTableColumn() != null
                && "trafficColumn-time".equals(cell.getTableColumn().getId())).queryAll().forEach(cells::add);
        return cells;
    }

    @Test
    void autoScrollKeepsTheNewestRowInSightUntilSwitchedOff() throws Exception {
        appendFromEngineThread(manyEvents(200));
        FxThread.waitUntil(10, () -> table().getItems().size() == 200);
        FxThread.waitUntil(5, () -> lastVisibleIndex() == 199 && flow().getPosition() == 1.0);

        robot.clickOn("#autoScroll");
        FxThread.run(() -> table().scrollTo(0));
        appendFromEngineThread(manyEvents(50));
        FxThread.waitUntil(10, () -> table().getItems().size() == 250);
        assertTrue(FxThread.call(this::lastVisibleIndex) < 100, "without auto-scroll the view stays where it was");

        robot.clickOn("#autoScroll");
        FxThread.waitUntil(5, () -> lastVisibleIndex() == 249);
    }

    @Test
    void clearEmptiesTheView() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(1, Direction.OUT, "x"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 1);
        robot.clickOn("#clearTraffic");
        FxThread.waitUntil(5, () -> table().getItems().isEmpty());
        assertEquals(0, capture.stats().payloads());
    }

    @Test
    void exportWritesTheCaptureOrTheFilteredViewToAFileThatReadsBack() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(1, Direction.OUT, "one"), TrafficEvents.tcp(2, Direction.IN, "two"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 2);

        exportTarget = dir.resolve("all.csv");
        fireExportItem("exportCsv");
        FxThread.waitUntil(10, () -> model.messageProperty().get().equals("Exported 2 payloads to all.csv"));
        List<String> lines = Files.readAllLines(exportTarget);
        assertEquals(3, lines.size());
        assertTrue(lines.get(1).endsWith(",3,6f6e65,one,,"), lines.get(1));

        robot.clickOn("#trafficFilterSocket").write("2");
        FxThread.waitUntil(5, () -> table().getItems().size() == 1);
        exportTarget = dir.resolve("view.csv");
        fireExportItem("exportCsvView");
        FxThread.waitUntil(10, () -> model.messageProperty().get().equals("Exported 1 payloads to view.csv"));
        lines = Files.readAllLines(exportTarget);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith(",two,,"), lines.get(1));

        exportTarget = dir.resolve("all.pcapng");
        fireExportItem("exportPcapng");
        FxThread.waitUntil(10, () -> model.messageProperty().get().equals("Exported 2 payloads to all.pcapng"));
        if (Tshark.isInstalled()) {
            assertEquals(2, Tshark.read(exportTarget).size(), "tshark lists both packets");
        } else {
            assertEquals(0x0A0D0D0A, Integer.reverseBytes(java.nio.ByteBuffer.wrap(Files.readAllBytes(exportTarget)).getInt()));
        }
    }

    @Test
    void aFailedExportSaysWhy() throws Exception {
        appendFromEngineThread(TrafficEvents.tcp(1, Direction.OUT, "x"));
        FxThread.waitUntil(10, () -> table().getItems().size() == 1);
        exportTarget = dir.resolve("missing-dir").resolve("x.pcapng");
        fireExportItem("exportPcapngView");
        FxThread.waitUntil(10, () -> model.messageProperty().get().startsWith("Could not export to " + exportTarget));
    }

    private static TrafficEvent[] manyEvents(int count) {
        TrafficEvent[] events = new TrafficEvent[count];
        for (int i = 0; i < count; i++) {
            events[i] = TrafficEvents.tcp(1, Direction.IN, "row " + i);
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private <T> ChoiceBox<T> choiceBox(String query) {
        return robot.lookup(query).queryAs(ChoiceBox.class);
    }

    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) table().lookup(".virtual-flow");
    }

    private int lastVisibleIndex() {
        return flow().getLastVisibleCell().getIndex();
    }

    private void fireExportItem(String id) throws Exception {
        MenuButton menu = robot.lookup("#exportMenu").queryAs(MenuButton.class);
        FxThread.run(() -> menu.getItems().stream().filter(i -> id.equals(i.getId())).findFirst().map(MenuItem.class::cast)
                .orElseThrow().fire());
    }

    @SuppressWarnings("unchecked")
    private TableView<CapturedPayload> table() {
        return robot.lookup("#trafficTable").queryAs(TableView.class);
    }

    private Node cellWithText(String text) {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?> cell && text.equals(cell.getText())).query();
    }

    private List<String> cellTexts() {
        return robot.lookup((Node n) -> n instanceof TableCell<?, ?>).queryAll().stream()
                .map(n -> ((TableCell<?, ?>) n).getText()).filter(t -> t != null).toList();
    }

    /** Appends on a fresh platform thread, as the engine's threads do, and waits until it is done. */
    private void appendFromEngineThread(TrafficEvent... events) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Thread.ofPlatform().name("engine").start(() -> {
            for (TrafficEvent event : events) {
                capture.traffic(event);
            }
            done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS));
    }
}
