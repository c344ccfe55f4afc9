package org.socketworkbench.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay in the real window: the toolbar opens the form, a refused value says its range, a
 * started relay forwards a client to a loopback server, its conversation is listed, the traffic
 * table shows each relayed payload with its conversation and way (issue #14), and both of its
 * legs sit under the relay's listening socket in the socket list.
 */
class RelayFlowTest {

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final FxExtension fx = FxExtension.application(SocketWorkbenchApp::new);

    @Test
    void aRelayStartedFromTheFormForwardsAndShowsItsLegs() throws Exception {
        robot.clickOn("#toolRelay");
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#relayStatus").query();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            set("#relay-targetPort", Integer.toString(server.getLocalPort()));
            set("#relay-latency", "70000");
            robot.interact(() -> robot.lookup("#relayStart").queryButton().fire());
            assertEquals("latency 70000 ms is out of range: 0 to 60000 ms", status.getText());
            set("#relay-latency", "0");
            robot.interact(() -> robot.lookup("#relayStart").queryButton().fire());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Relaying tcp"));
            int port = Integer.parseInt(status.getText().replaceAll(".*127\\.0\\.0\\.1:(\\d+) →.*", "$1"));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port); Socket peer = server.accept()) {
                client.getOutputStream().write("ping".getBytes(StandardCharsets.US_ASCII));
                InputStream in = peer.getInputStream();
                assertEquals('p', in.read());
                ListView<String> conversations = robot.lookup("#relayConversations").query();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !conversations.getItems().isEmpty()
                        && conversations.getItems().getFirst().contains("client→server 4 B"));
                peer.getOutputStream().write("pong".getBytes(StandardCharsets.US_ASCII));
                assertEquals('p', client.getInputStream().read());
                TableView<CapturedPayload> traffic = robot.lookup("#trafficTable").query();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> FxThread.call(() -> shown(traffic)).containsAll(List.of(
                        "client→server relay 1 ping", "server→client relay 1 pong")));
                assertEquals("Conversation", FxThread.call(() -> column(traffic, "trafficColumn-conversation").getText()));
                TreeTableView<SocketEntry> tree = robot.lookup("#socketTree").query();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> legsUnderTheRelay(tree) == 2);
            }
        }
        robot.interact(() -> robot.lookup("#relayStop").queryButton().fire());
        assertTrue(status.getText().startsWith("Not running"), status.getText());
    }

    /** Each traffic row as its direction, conversation and preview columns show it. */
    private static List<String> shown(TableView<CapturedPayload> table) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < table.getItems().size(); i++) {
            rows.add(column(table, "trafficColumn-direction").getCellData(i) + " "
                    + column(table, "trafficColumn-conversation").getCellData(i) + " "
                    + column(table, "trafficColumn-preview").getCellData(i));
        }
        return rows;
    }

    private static TableColumn<CapturedPayload, ?> column(TableView<CapturedPayload> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private void set(String id, String text) {
        TextField field = robot.lookup(id).query();
        robot.interact(() -> field.setText(text));
    }

    /** The children of the listening socket's row (the relay's only TCP server here). */
    private static int legsUnderTheRelay(TreeTableView<SocketEntry> tree) {
        for (TreeItem<SocketEntry> item : tree.getRoot().getChildren()) {
            if (item.getValue().row().typeLabel().contains("server")) {
                return item.getChildren().size();
            }
        }
        return -1;
    }
}
