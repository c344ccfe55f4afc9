package org.socketworkbench.app;

import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.adapters.Adapter;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.traffic.CapturedPayload;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.net.DatagramSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main flows with the keyboard only (the robot types keys, it never clicks): create a server,
 * connect a client to it, send from the composer, export the capture, and join a multicast group
 * on lo from the adapter list. Only loopback: the group is joined on lo with TTL 0.
 */
class KeyboardFlowTest {

    private static final long WAIT = 20;

    private final FxRobot robot = new FxRobot();
    private final String settingsBefore = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);

    @TempDir
    Path dir;

    @RegisterExtension
    final FxExtension fx = FxExtension.application(() -> {
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, dir.resolve("settings").toString());
        return new SocketWorkbenchApp((owner, format, name) -> Optional.of(dir.resolve(name)), folder -> { });
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
    void serverClientSendAndExportWithoutAMouse() throws Exception {
        robot.push(KeyCode.SHORTCUT, KeyCode.L);
        awaitForm();
        robot.push(KeyCode.ENTER);
        SocketRow server = awaitRow(r -> r.role() == SocketRole.TCP_SERVER && r.status() == SocketStatus.LISTENING);
        String port = server.local().substring(server.local().lastIndexOf(':') + 1);

        robot.push(KeyCode.SHORTCUT, KeyCode.T);
        awaitForm();
        replaceField("127.0.0.1");
        robot.push(KeyCode.TAB);
        replaceField(port);
        robot.push(KeyCode.ENTER);
        SocketRow client = awaitRow(r -> r.role() == SocketRole.TCP_CLIENT && r.status() == SocketStatus.CONNECTED);

        backToTheWindow();
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT1);
        moveDownUntil(() -> selectedSocket() != null && selectedSocket().id() == client.id(), 8);
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT2);
        robot.write("hello");
        robot.push(KeyCode.SHORTCUT, KeyCode.ENTER);
        awaitPayload(p -> p.socketId() == client.id() && p.direction() == Direction.OUT
                && Arrays.equals(p.payload(), "hello".getBytes(StandardCharsets.US_ASCII)));

        robot.push(KeyCode.SHORTCUT, KeyCode.E);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> exported(".pcapng"));
    }

    @Test
    void joinAGroupOnLoopbackFromTheAdapterListWithoutAMouse() throws Exception {
        int port;
        try (DatagramSocket probe = new DatagramSocket(0)) {
            port = probe.getLocalPort();
        }
        TableView<Adapter> adapters = robot.lookup("#adapterTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> !adapters.getItems().isEmpty());
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        moveDownUntil(() -> {
            Adapter selected = adapters.getSelectionModel().getSelectedItem();
            return selected != null && selected.name().equals("lo");
        }, 10);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> javafx.stage.Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()));
        // The menu opens on its first item: UDP socket on, Listen on, Join IPv4 group here.
        robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.ENTER);
        awaitForm();
        robot.push(KeyCode.TAB);
        replaceField(Integer.toString(port));
        robot.push(KeyCode.TAB);
        replaceField("0");
        robot.push(KeyCode.ENTER);
        awaitRow(r -> r.role() == SocketRole.UDP && r.groups().contains("239.1.2.3")
                && r.local().endsWith(":" + port));
    }

    /** Waits for the form; typed characters go to its window (TestFX types into the window it targets). */
    private void awaitForm() throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(robot.lookup("#formDialog").query().getScene().getWindow());
    }

    /** Typed characters go to the main window again. */
    private void backToTheWindow() {
        robot.targetWindow(fx.stage());
    }

    /** Selects the focused field's text and types over it. */
    private void replaceField(String text) {
        robot.push(KeyCode.SHORTCUT, KeyCode.A);
        robot.write(text);
    }

    /** Home, then Down until {@code reached}. */
    private void moveDownUntil(Supplier<Boolean> reached, int limit) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.push(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < limit && !reached.get(); i++) {
            robot.push(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(reached.get(), "reached the row with the arrow keys");
    }

    private boolean exported(String suffix) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(suffix) && f.toFile().length() > 0);
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private SocketRow selectedSocket() {
        TreeItem<SocketEntry> item = socketTree().getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue().row();
    }

    private TreeTableView<SocketEntry> socketTree() {
        return robot.lookup("#socketTree").query();
    }

    private List<SocketRow> rows() {
        return SocketTreeRows.all(socketTree());
    }

    private SocketRow awaitRow(Predicate<SocketRow> wanted) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rows().stream().anyMatch(wanted));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no such socket among " + rows(), e);
        }
        return rows().stream().filter(wanted).findFirst().orElseThrow();
    }

    private void awaitPayload(Predicate<CapturedPayload> wanted) throws Exception {
        TableView<CapturedPayload> traffic = robot.lookup("#trafficTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> traffic.getItems().stream().anyMatch(wanted));
    }
}
