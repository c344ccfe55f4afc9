package org.socketworkbench.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.testing.FxExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay in the real window: the toolbar opens the form, a refused value says its range, a
 * started relay forwards a client to a loopback server, its conversation is listed, and both of
 * its legs sit under the relay's listening socket in the socket list.
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
                TreeTableView<SocketEntry> tree = robot.lookup("#socketTree").query();
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> legsUnderTheRelay(tree) == 2);
            }
        }
        robot.interact(() -> robot.lookup("#relayStop").queryButton().fire());
        assertTrue(status.getText().startsWith("Not running"), status.getText());
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
