package org.socketworkbench.app;

import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.testing.FxExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench driven through its GUI on real loopback sockets: TCP server and client from the
 * toolbar forms, text and hex from the composer, both directions in the traffic pane and the
 * bytes in the hex dump; UDP bind, sendTo and receive; a refused connection; filter and export.
 */
class WorkbenchFlowTest {

    private static final long WAIT = 20;

    private final FxRobot robot = new FxRobot();

    @TempDir
    Path dir;

    /** Exports go into the test's folder, without a native dialog. */
    @RegisterExtension
    final FxExtension fx = FxExtension.application(
            () -> new SocketWorkbenchApp((owner, format, name) -> Optional.of(dir.resolve(name))));

    /** The TLS server form: a self-signed certificate; the fingerprint the GUI shows is what openssl is shown. */
    @Test
    void aSelfSignedTlsServerShowsTheFingerprintOpensslSees() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.socketworkbench.engine.tls.Openssl.installed(),
                "openssl is not installed (Debian package openssl)");
        robot.clickOn("#toolTcpServer");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#form-tls").<javafx.scene.control.ComboBox<String>>query().setValue("self-signed"));
        submitForm(Map.of("address", "127.0.0.1", "port", "0", "names", "localhost, 127.0.0.1"));
        SocketRow server = awaitRow(r -> r.role() == SocketRole.TCP_SERVER && r.status() == SocketStatus.LISTENING);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#certificateFingerprint").tryQuery().isPresent());
        String shown = robot.lookup("#certificateFingerprint").<TextField>query().getText();
        int port = Integer.parseInt(server.local().substring(server.local().lastIndexOf(':') + 1));

        String seen = org.socketworkbench.engine.tls.Openssl.certificateShownBy(port);
        Path printed = java.nio.file.Files.writeString(dir.resolve("seen.pem"), seen);
        assertEquals(shown, org.socketworkbench.engine.tls.Openssl.fingerprint(printed));
        SocketRow accepted = awaitRow(r -> r.role() == SocketRole.TCP_ACCEPTED && r.parentId() == server.id());
        assertTrue(accepted.id() > 0);
    }

    @Test
    void tcpServerAndClientExchangeTextAndHexThatShowInTheTrafficPane() throws Exception {
        robot.clickOn("#toolTcpServer");
        submitForm(Map.of("address", "127.0.0.1", "port", "0"));
        SocketRow server = awaitRow(r -> r.role() == SocketRole.TCP_SERVER && r.status() == SocketStatus.LISTENING);
        String port = server.local().substring(server.local().lastIndexOf(':') + 1);

        robot.clickOn("#toolTcpClient");
        typeInto("#form-port", "not a port");
        assertTrue(text("#form-problem").contains("Port must be a whole number"), text("#form-problem"));
        assertTrue(okButton().isDisabled(), "OK stays disabled while the form is invalid");
        submitForm(Map.of("host", "127.0.0.1", "port", port));
        SocketRow client = awaitRow(r -> r.role() == SocketRole.TCP_CLIENT && r.status() == SocketStatus.CONNECTED);
        SocketRow accepted = awaitRow(r -> r.role() == SocketRole.TCP_ACCEPTED && r.parentId() == server.id());

        selectSocket(client.id());
        robot.clickOn("#composerText").write("hello");
        robot.clickOn("#composerSend");
        robot.interact(() -> {
            robot.lookup("#composerFormat").<ChoiceBox<PayloadFormat>>query().setValue(PayloadFormat.HEX);
            robot.lookup("#composerText").<TextArea>query().setText("0x01 02,ff");
        });
        robot.clickOn("#composerSend");
        selectSocket(accepted.id());
        robot.interact(() -> robot.lookup("#composerText").<TextArea>query().setText("reply"));
        robot.interact(() -> robot.lookup("#composerFormat").<ChoiceBox<PayloadFormat>>query().setValue(PayloadFormat.TEXT));
        robot.clickOn("#composerSend");

        CapturedPayload hello = awaitPayload(p -> p.socketId() == client.id() && p.direction() == Direction.OUT
                && Arrays.equals(p.payload(), "hello".getBytes(StandardCharsets.US_ASCII)));
        awaitPayload(p -> p.socketId() == accepted.id() && p.direction() == Direction.IN
                && Arrays.equals(p.payload(), "hello".getBytes(StandardCharsets.US_ASCII)));
        awaitPayload(p -> p.socketId() == accepted.id() && p.direction() == Direction.IN
                && Arrays.equals(p.payload(), new byte[] {1, 2, (byte) 0xff}));
        awaitPayload(p -> p.socketId() == client.id() && p.direction() == Direction.IN
                && Arrays.equals(p.payload(), "reply".getBytes(StandardCharsets.US_ASCII)));

        robot.interact(() -> trafficTable().getSelectionModel().select(hello));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> text("#hexDump").contains("68 65 6c 6c 6f"));
        assertTrue(text("#hexDump").strip().startsWith("0000  68 65 6c 6c 6f"), text("#hexDump"));
        assertTrue(text("#hexDump").strip().endsWith("hello"), "ASCII gutter: " + text("#hexDump"));

        SocketRow counted = awaitRow(r -> r.id() == client.id() && r.bytesOut() == 8 && r.bytesIn() == 5);
        assertEquals(2, counted.messagesOut(), "hello and the three hex bytes");
        assertEquals(1, counted.messagesIn());
    }

    @Test
    void udpSocketsBindSendToAndReceive() throws Exception {
        robot.clickOn("#toolUdpSocket");
        submitForm(Map.of("address", "127.0.0.1", "port", "0"));
        SocketRow a = awaitRow(r -> r.role() == SocketRole.UDP && r.status() == SocketStatus.BOUND);
        robot.clickOn("#toolUdpSocket");
        submitForm(Map.of("address", "127.0.0.1", "port", "0"));
        SocketRow b = awaitRow(r -> r.role() == SocketRole.UDP && r.status() == SocketStatus.BOUND && r.id() != a.id());
        String bPort = b.local().substring(b.local().lastIndexOf(':') + 1);

        selectSocket(a.id());
        robot.interact(() -> {
            robot.lookup("#composerHost").<TextField>query().setText("127.0.0.1");
            robot.lookup("#composerPort").<TextField>query().setText(bPort);
            robot.lookup("#composerText").<TextArea>query().setText("ping\\n");
            robot.lookup("#composerFormat").<ChoiceBox<PayloadFormat>>query().setValue(PayloadFormat.ESCAPED);
        });
        robot.clickOn("#composerSend");
        CapturedPayload received = awaitPayload(p -> p.socketId() == b.id() && p.direction() == Direction.IN);
        assertArrayEquals("ping\n".getBytes(StandardCharsets.US_ASCII), received.payload());
        assertEquals("127.0.0.1", received.flow().peerAddress());
    }

    @Test
    void connectingToAClosedPortShowsMinus102InThePlainWordsOfTheRow() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        robot.clickOn("#toolTcpClient");
        submitForm(Map.of("host", "127.0.0.1", "port", Integer.toString(closedPort)));
        // The row's state comes from the tracker at once, its outcome text at the next pulse.
        SocketRow failed = awaitRow(r -> r.status() == SocketStatus.ERROR && r.lastResult().startsWith("connect:"));
        assertEquals("connect: -102 ERR_CONNECTION_REFUSED", failed.lastResult());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> statusText().contains("-102 ERR_CONNECTION_REFUSED"));
        assertTrue(statusText().contains("refused"), statusText());
    }

    @Test
    void aFilteredCaptureIsExportedAsCsvAndReadsBack() throws Exception {
        robot.clickOn("#toolTcpServer");
        submitForm(Map.of("address", "127.0.0.1", "port", "0"));
        SocketRow server = awaitRow(r -> r.role() == SocketRole.TCP_SERVER && r.status() == SocketStatus.LISTENING);
        robot.clickOn("#toolTcpClient");
        submitForm(Map.of("host", "127.0.0.1", "port", server.local().substring(server.local().lastIndexOf(':') + 1)));
        SocketRow client = awaitRow(r -> r.role() == SocketRole.TCP_CLIENT && r.status() == SocketStatus.CONNECTED);
        awaitRow(r -> r.role() == SocketRole.TCP_ACCEPTED);
        selectSocket(client.id());
        robot.interact(() -> robot.lookup("#composerText").<TextArea>query().setText("filtered"));
        robot.clickOn("#composerSend");
        awaitPayload(p -> p.direction() == Direction.IN && Arrays.equals(p.payload(), "filtered".getBytes()));

        robot.interact(() -> robot.lookup("#trafficFilterSocket").<TextField>query().setText(Integer.toString(client.id())));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS,
                () -> trafficTable().getItems().stream().allMatch(p -> p.socketId() == client.id()));
        assertEquals(1, trafficTable().getItems().size());

        robot.interact(() -> robot.lookup("#exportMenu").<MenuButton>query().getItems().stream()
                .filter(item -> "exportCsvView".equals(item.getId())).findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> exportedCsv().isPresent());
        List<String> lines = Files.readAllLines(exportedCsv().orElseThrow());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(1).contains("66696c7465726564"), lines.get(1));
    }

    // ------------------------------------------------------------------ helpers

    private Optional<Path> exportedCsv() {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".csv")).filter(f -> f.toFile().length() > 0).findFirst();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private void submitForm(Map<String, String> values) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        robot.interact(() -> values.forEach((key, value) ->
                robot.lookup("#form-" + key).<TextField>query().setText(value)));
        robot.clickOn(okButton());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isEmpty());
    }

    private Node okButton() {
        return robot.lookup("#formDialog").<DialogPane>query().lookupButton(ButtonType.OK);
    }

    private void typeInto(String id, String text) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        robot.interact(() -> robot.lookup(id).<TextField>query().clear());
        robot.clickOn(id).write(text);
    }

    private String text(String id) {
        Node node = robot.lookup(id).query();
        return node instanceof Label label ? label.getText() : ((javafx.scene.control.TextInputControl) node).getText();
    }

    private String statusText() {
        return robot.lookup("#statusBar").<org.controlsfx.control.StatusBar>query().getText();
    }

    private TreeTableView<SocketEntry> socketTree() {
        return robot.lookup("#socketTree").query();
    }

    private TableView<CapturedPayload> trafficTable() {
        return robot.lookup("#trafficTable").query();
    }

    private List<SocketRow> rows() {
        return SocketTreeRows.all(socketTree());
    }

    private SocketRow awaitRow(Predicate<SocketRow> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rows().stream().anyMatch(wanted));
        return rows().stream().filter(wanted).findFirst().orElseThrow();
    }

    private CapturedPayload awaitPayload(Predicate<CapturedPayload> wanted) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> trafficTable().getItems().stream().anyMatch(wanted));
        return trafficTable().getItems().stream().filter(wanted).findFirst().orElseThrow();
    }

    private void selectSocket(int id) {
        robot.interact(() -> {
            TreeTableView<SocketEntry> tree = socketTree();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                TreeItem<SocketEntry> item = tree.getTreeItem(i);
                if (item != null && item.getValue() != null && item.getValue().id() == id) {
                    tree.getSelectionModel().select(item);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
