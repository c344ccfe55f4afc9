package org.socketworkbench.ui.multicast;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.multicast.SenderSnapshot;
import org.socketworkbench.multicast.SenderStatus;
import org.socketworkbench.multicast.SlotState;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.ui.adapters.AdapterListModel;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multicast view mounted on its own over a real engine with its own callback thread (the
 * wiring we recommend: probe timing never waits for the FX thread). Network rule: the group has
 * TTL 0 and is joined and sent on {@code lo} only.
 */
class MulticastPaneTest {

    private static final long WAIT = 20;
    private static final String HOST = "pane-test";

    private final FxRobot robot = new FxRobot();
    private SocketEngine engine;
    private MulticastWorkspace workspace;
    private MulticastViewModel model;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountPane() throws Exception {
        fx.mount(() -> {
            engine = SocketEngine.builder().build();
            workspace = new MulticastWorkspace(engine, HOST);
            AdapterListModel adapters = new AdapterListModel(new AdapterScanner(), Platform::runLater);
            adapters.refresh();
            model = new MulticastViewModel(workspace, adapters.adapters());
            return new MulticastPane(model);
        }, 1500, 900, MulticastPane.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
        waitUntil(() -> model.adapterNames().contains("lo"));
    }

    @AfterEach
    void unmountPane() throws Exception {
        call(() -> {
            model.dispose();
            return null;
        });
        workspace.close();
        engine.close();
    }

    @Test
    void joiningOnLoAndStartingTheProbeShowsTheSenderWithoutLossAndFillsItsTimeline() throws Exception {
        addGroup("239.255.42.9", "45129", "0");
        ToggleButton cell = robot.lookup("#join-0-lo").queryAs(ToggleButton.class);
        assertEquals("join", call(cell::getText));

        robot.clickOn(cell);
        Channel onLo = new Channel(GroupAddress.parse("239.255.42.9:45129"), "lo");
        waitUntil(() -> cell.getText().startsWith("joined"));
        int socketId = workspace.snapshot().membership(onLo).orElseThrow().socketId();
        assertEquals("joined (socket " + socketId + ")", call(cell::getText));
        assertTrue(call(cell::isSelected));

        assertEquals("lo", call(() -> robot.lookup("#senderIface-0").<ComboBox<String>>query().getValue()));
        assertEquals("0", call(() -> robot.lookup("#senderTtl-0").queryAs(TextField.class).getText()),
                "the sender starts with the group's TTL");
        robot.interact(() -> robot.lookup("#senderRate-0").queryAs(TextField.class).setText("50"));
        robot.clickOn("#senderStart-0");
        Label status = robot.lookup("#senderStatus-0").queryAs(Label.class);
        waitUntil(() -> status.getText().startsWith("sent "));

        waitUntil(() -> rosterRows() == 1 && sender().counts().received() >= 60);
        SenderSnapshot row = sender();
        assertEquals(HOST, row.hostName());
        assertEquals(onLo, row.channel());
        assertEquals(0, row.counts().lost());
        assertEquals("0.00", cellText(6), "Loss % column");
        assertEquals(HOST, cellText(2), "Host column");
        assertEquals("lo", cellText(1), "Adapter column");

        waitUntil(() -> receivedSlotsDrawn() >= 60);
        assertEquals(0, drawnSlots(SlotState.MISSING), "no missing slot on the strip");
        RateChart chart = robot.lookup("#rateChart").queryAs(RateChart.class);
        waitUntil(() -> chart.getData().size() == 1 && !chart.getData().getFirst().getData().isEmpty());

        robot.clickOn("#senderStart-0");
        waitUntil(() -> status.getText().endsWith("stopped") && sender().ended());
        assertEquals(0, sender().counts().lost());

        robot.clickOn(cell);
        waitUntil(() -> cell.getText().equals("join") && rosterRows() == 0);
    }

    @Test
    void badSenderFieldsKeepStartDisabledAndSayWhy() throws Exception {
        addGroup("239.255.42.10", "45130", "0");
        robot.interact(() -> robot.lookup("#senderRate-0").queryAs(TextField.class).setText("fast"));
        Label status = robot.lookup("#senderStatus-0").queryAs(Label.class);
        waitUntil(() -> status.getText().equals("Rate: 'fast' is not a rate in packets/s"));
        assertTrue(call(() -> robot.lookup("#senderStart-0").queryAs(Button.class).isDisabled()));

        robot.interact(() -> {
            robot.lookup("#senderRate-0").queryAs(TextField.class).setText("5");
            robot.lookup("#senderSize-0").queryAs(TextField.class).setText("10");
        });
        waitUntil(() -> status.getText().equals("Size 10 is too small: a probe announcing 'pane-test' needs at least 67 bytes"));
    }

    @Test
    void theGroupFormRefusesAZoneAndAUnicastAddress() throws Exception {
        robot.clickOn("#addGroup");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-group").queryAs(TextField.class).setText("ff02::7%lo"));
        assertEquals("Leave out the %zone: the matrix chooses the adapter for each join", formProblem());
        robot.interact(() -> robot.lookup("#form-group").queryAs(TextField.class).setText("10.1.2.3"));
        assertEquals("Group must be a multicast address (224.0.0.0/4 or ff00::/8)", formProblem());
        assertTrue(call(() -> okButton().isDisabled()));
        robot.interact(() -> robot.lookup("#formDialog").<DialogPane>query().lookupButton(ButtonType.CANCEL)
                .fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isEmpty());
        assertEquals(0, workspace.snapshot().groups().size());
    }

    @Test
    void theSourcesFieldWantsUnicastAddressesOfTheGroupsFamily() throws Exception {
        robot.clickOn("#addGroup");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#form-group").queryAs(TextField.class).setText("232.1.2.3");
            robot.lookup("#form-sources").queryAs(TextField.class).setText("2001:db8::1");
        });
        assertTrue(formProblem().contains("not IPv4 like the group"), formProblem());
        robot.interact(() -> robot.lookup("#form-sources").queryAs(TextField.class).setText("232.9.9.9"));
        assertTrue(formProblem().contains("must be a sender's unicast address"), formProblem());
        assertTrue(call(() -> okButton().isDisabled()));
        robot.interact(() -> robot.lookup("#form-sources").queryAs(TextField.class).setText("10.0.0.1, 10.0.0.2"));
        assertTrue(call(() -> !okButton().isDisabled()));
        robot.interact(() -> robot.lookup("#formDialog").<DialogPane>query().lookupButton(ButtonType.CANCEL)
                .fireEvent(new javafx.event.ActionEvent()));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isEmpty());
    }

    @Test
    void aGroupNamingASourceIsJoinedSourceSpecificallyAndReceivesThatSource() throws Exception {
        addGroup("232.255.42.11", "45131", "0", "127.0.0.1");
        ToggleButton cell = robot.lookup("#join-0-lo").queryAs(ToggleButton.class);
        robot.clickOn(cell);
        waitUntil(() -> cell.getText().startsWith("joined") && cell.getText().endsWith(" from 127.0.0.1"));
        robot.clickOn("#senderStart-0");
        waitUntil(() -> rosterRows() > 0);
        assertTrue(cellText(3).startsWith("127.0.0.1:"), cellText(3));
    }

    @Test
    void sourcesOnAGroupOutsideTheSsmRangesAreAddedWithAWarning() throws Exception {
        addGroup("239.255.42.12", "45132", "0", "127.0.0.1");
        assertEquals(1, workspace.snapshot().groups().size());
        String message = call(() -> robot.lookup("#multicastMessage").queryAs(Label.class).getText());
        assertTrue(message.contains("outside the source-specific ranges (232.0.0.0/8)"), message);
    }

    @Test
    void aRowsContextMenuBlocksItsSourceOnAnAnySourceJoin() throws Exception {
        addGroup("239.255.42.13", "45133", "0");
        ToggleButton cell = robot.lookup("#join-0-lo").queryAs(ToggleButton.class);
        robot.clickOn(cell);
        waitUntil(() -> cell.getText().startsWith("joined"));
        robot.clickOn("#senderStart-0");
        waitUntil(() -> rosterRows() > 0);
        TableRow<?> row = robot.lookup((Node n) -> n instanceof TableRow<?> r && r.getIndex() == 0).query();
        robot.rightClickOn(row);
        // Headless (Monocle) a right click may not open the menu: open it as the click would.
        robot.interact(() -> row.getContextMenu().show(row, javafx.geometry.Side.BOTTOM, 0, 0));
        MenuItem block = call(() -> row.getContextMenu().getItems().getFirst());
        waitUntil(() -> block.getText() != null && block.getText().startsWith("Block source 127.0.0.1 on ")
                && !block.isDisable());
        robot.interact(block::fire);
        waitUntil(() -> cell.getText().endsWith(" blocking 127.0.0.1"));
        Channel channel = new Channel(GroupAddress.parse("239.255.42.13:45133"), "lo");
        assertTrue(call(() -> model.isBlocked(channel, "127.0.0.1")));
        // Blocked: the row stops hearing the sender, which keeps sending.
        waitUntil(() -> workspace.snapshot().roster().senders().stream().allMatch(
                sender -> workspace.snapshot().roster().takenAtNanos() - sender.lastSeenNanos() > 1_000_000_000L));
        assertEquals(SenderStatus.RUNNING,
                workspace.snapshot().sender(GroupAddress.parse("239.255.42.13:45133")).orElseThrow().status());
        robot.interact(() -> {
            row.getContextMenu().hide();
            row.getContextMenu().show(row, javafx.geometry.Side.BOTTOM, 0, 0);
        });
        waitUntil(() -> block.getText().startsWith("Unblock source 127.0.0.1 on "));
        robot.interact(block::fire);
        waitUntil(() -> !cell.getText().contains("blocking") && workspace.snapshot().roster()
                .senders().stream().anyMatch(sender -> workspace.snapshot().roster().takenAtNanos() - sender.lastSeenNanos()
                        < 200_000_000L));
        robot.interact(() -> row.getContextMenu().hide());
    }

    private void addGroup(String address, String port, String ttl) throws Exception {
        addGroup(address, port, ttl, "");
    }

    private void addGroup(String address, String port, String ttl, String sources) throws Exception {
        robot.clickOn("#addGroup");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        robot.interact(() -> Map.of("group", address, "port", port, "ttl", ttl, "sources", sources).forEach((key, value) ->
                robot.lookup("#form-" + key).queryAs(TextField.class).setText(value)));
        robot.clickOn(okButton());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#join-0-lo").tryQuery().isPresent());
    }

    private Node okButton() {
        return robot.lookup("#formDialog").<DialogPane>query().lookupButton(ButtonType.OK);
    }

    private String formProblem() throws Exception {
        return call(() -> robot.lookup("#form-problem").queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private TableView<RosterRow> roster() {
        return robot.lookup("#rosterTable").queryAs(TableView.class);
    }

    private int rosterRows() {
        return roster().getItems().size();
    }

    private SenderSnapshot sender() {
        return roster().getItems().getFirst().figures().sender();
    }

    /** The text the first roster row shows in a column. */
    private String cellText(int column) throws Exception {
        return call(() -> {
            TableColumn<?, ?> wanted = roster().getColumns().get(column);
            return robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getIndex() == 0 && c.getTableColumn() == wanted)
                    .queryAs(TableCell.class).getText();
        });
    }

    private int receivedSlotsDrawn() throws Exception {
        return drawnSlots(SlotState.RECEIVED);
    }

    /** Slots of one state on the first row's timeline strip, counted from its pixels. */
    private int drawnSlots(SlotState state) throws Exception {
        return call(() -> {
            TimelineStrip strip = robot.lookup(".timeline-strip").queryAs(TimelineStrip.class);
            WritableImage image = strip.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            int y = (int) (image.getHeight() / 2);
            Color expected = SlotColors.of(state);
            int matching = 0;
            for (int x = 0; x < (int) image.getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (Math.abs(c.getRed() - expected.getRed()) < 0.02 && Math.abs(c.getGreen() - expected.getGreen()) < 0.02
                        && Math.abs(c.getBlue() - expected.getBlue()) < 0.02) {
                    matching++;
                }
            }
            return matching / TimelineStrip.SLOT_WIDTH;
        });
    }

    private static <T> T call(Callable<T> callable) throws Exception {
        return FxThread.call(callable);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxThread.waitUntil(WAIT, condition);
    }
}
