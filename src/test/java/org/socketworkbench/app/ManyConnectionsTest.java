package org.socketworkbench.app;

import javafx.animation.AnimationTimer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.ManyClients;
import org.testfx.api.FxRobot;
import org.socketworkbench.testing.FxExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Issue 13's many-connections test: a server made from the toolbar form (backlog 128, the
 * form's default) accepts 5,000 connections from a second process; all appear under it in the
 * socket list; after the client closes them, "Remove closed" empties the list. The longest gap
 * between FX pulses is printed here and asserted in the accept benchmark ({@code -Dbench=accepts}),
 * where a busy 2-core machine cannot make it flaky.
 */
class ManyConnectionsTest {

    private static final int CONNECTIONS = 5_000;
    private static final long WAIT = 120;

    private final FxRobot robot = new FxRobot();
    private SocketWorkbenchApp application;
    private final AnimationTimer pulses = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (last != 0) {
                longestGap = Math.max(longestGap, now - last);
            }
            last = now;
        }
    };
    private long last;
    private volatile long longestGap;

    @TempDir
    Path dir;

    @RegisterExtension
    final FxExtension fx = FxExtension.application(
            () -> application = new SocketWorkbenchApp((owner, format, name) -> Optional.of(dir.resolve(name))));

    @AfterEach
    void stopPulses() {
        robot.interact(pulses::stop);
    }

    @Test
    void fiveThousandConnectionsAppearAndRemoveClosedEmptiesThem() throws Exception {
        assumeTrue(Commands.installed("python3"), "python3 (the client process) is not installed");
        long files = openFileLimit();
        assumeTrue(files > CONNECTIONS + 1_000, "the open-file limit (ulimit -n) is " + files + "; "
                + CONNECTIONS + " connections need more");
        robot.clickOn("#toolTcpServer");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        assertEquals("128", robot.lookup("#form-backlog").<TextField>query().getText(), "the form's backlog");
        assertTrue(robot.lookup("#form-backlogHelp").<Label>query().getText().contains("chrome.socket's default is 5"));
        robot.interact(() -> {
            robot.lookup("#form-address").<TextField>query().setText("127.0.0.1");
            robot.lookup("#form-port").<TextField>query().setText("0");
        });
        robot.clickOn(robot.lookup("#formDialog").<DialogPane>query().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> serverItem() != null
                && serverItem().getValue().row().status() == SocketStatus.LISTENING);
        String local = serverItem().getValue().row().local();
        int port = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1));
        robot.interact(pulses::start);

        try (ManyClients clients = ManyClients.connect(port, CONNECTIONS)) {
            double seconds = clients.awaitConnected(Duration.ofSeconds(WAIT));
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> children(SocketStatus.CONNECTED) == CONNECTIONS);
            System.out.printf("%d connections in %.2f s; longest FX pulse gap %d ms%n", CONNECTIONS, seconds,
                    TimeUnit.NANOSECONDS.toMillis(longestGap));
            assertEquals(String.format("%,d sockets", CONNECTIONS + 1), onFx(() -> robot.lookup("#socketSummary")
                    .<Label>query().getText()));

            clients.closeAll(Duration.ofSeconds(WAIT));
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> peerGoneChildren() == CONNECTIONS);
            robot.clickOn("#removeClosed");
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> onFx(() -> serverItem().getChildren().isEmpty()));
            System.out.printf("after remove closed: longest FX pulse gap %d ms%n", TimeUnit.NANOSECONDS.toMillis(longestGap));
        }
        assertEquals("1 socket", onFx(() -> robot.lookup("#socketSummary").<Label>query().getText()));
        assertEquals(1, application.workbench().tracker().rows().size(), "the engine destroyed them");
    }

    /** The soft "Max open files" of this process (Linux), or Long.MAX_VALUE when unknown. */
    private static long openFileLimit() throws java.io.IOException {
        Path limits = Path.of("/proc/self/limits");
        if (!java.nio.file.Files.exists(limits)) {
            return Long.MAX_VALUE;
        }
        return java.nio.file.Files.readAllLines(limits).stream().filter(l -> l.startsWith("Max open files"))
                .map(l -> l.substring("Max open files".length()).strip().split("\\s+")[0])
                .map(v -> v.equals("unlimited") ? Long.MAX_VALUE : Long.parseLong(v)).findFirst().orElse(Long.MAX_VALUE);
    }

    private TreeItem<SocketEntry> serverItem() throws Exception {
        return onFx(() -> {
            TreeTableView<SocketEntry> tree = robot.lookup("#socketTree").query();
            return tree.getRoot().getChildren().stream()
                    .filter(item -> item.getValue().row().role() == SocketRole.TCP_SERVER).findFirst().orElse(null);
        });
    }

    /** Closed clients: the workbench keeps writing after a FIN, so they read "peer closed its side". */
    private long peerGoneChildren() throws Exception {
        return onFx(() -> serverItem().getChildren().stream().filter(i -> i.getValue().row().status().peerGone()).count());
    }

    private long children(SocketStatus status) throws Exception {
        return onFx(() -> serverItem().getChildren().stream().filter(i -> i.getValue().row().status() == status).count());
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }
}
