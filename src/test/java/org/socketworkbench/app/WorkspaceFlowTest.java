package org.socketworkbench.app;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.UdpSetup;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.traffic.FilterInput;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.ui.shell.ScriptDrop;
import org.socketworkbench.workspace.PartKind;
import org.socketworkbench.workspace.PartOutcome;
import org.socketworkbench.workspace.RestoreReport;
import org.socketworkbench.workspace.Workspace;
import org.socketworkbench.workspace.WorkspaceCapture;
import org.socketworkbench.workspace.WorkspaceFile;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Workspaces in the real window: a bench of servers with reply rules, a UDP socket in a group, a
 * multicast group and a filter is saved from the File menu's command, and the next start (with
 * "Restore last workspace at start" on) opens it again into the same parts, reporting the server
 * whose port another socket took meanwhile; a workspace from a newer version is refused with a
 * message that says so, and nothing opens.
 */
class WorkspaceFlowTest {

    private static final long WAIT_SECONDS = 20;
    private static final RuleSet ECHO_RULES = RuleSet.rules(Framing.PER_READ,
            List.of(ReplyRule.of(MatchType.CONTAINS, "ping", "pong")));
    private static final GroupAddress GROUP = GroupAddress.parse("239.255.42.41:45141");

    private final FxRobot robot = new FxRobot();
    private final List<SocketWorkbenchApp> running = new ArrayList<>();
    private final String settingsBefore = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);

    @TempDir
    Path dir;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void stopAndRestoreSettingsDirectory() throws Exception {
        for (SocketWorkbenchApp app : running) {
            FxToolkit.cleanupApplication(app);
        }
        if (settingsBefore == null) {
            System.clearProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
        } else {
            System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, settingsBefore);
        }
    }

    /** The window, with its settings in the test's folder (the same folder on each start). */
    private Workbench start() throws Exception {
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, dir.resolve("settings").toString());
        SocketWorkbenchApp app = (SocketWorkbenchApp) FxToolkit.setupApplication(
                () -> new SocketWorkbenchApp((owner, format, name) -> Optional.of(dir.resolve(name)), folder -> { }));
        running.add(app);
        WaitForAsyncUtils.waitForFxEvents();
        return app.workbench();
    }

    private void stop(Workbench workbench) throws Exception {
        SocketWorkbenchApp app = running.stream().filter(a -> a.workbench() == workbench).findFirst().orElseThrow();
        running.remove(app);
        FxToolkit.cleanupApplication(app);
    }

    @Test
    void aSavedWorkspaceReopensAtStartIntoTheSameSocketsRulesAndGroupsAndReportsTheTakenPort() throws Exception {
        Workbench first = start();
        SocketActions actions = first.commands().actions();
        OperationOutcome answering = opened(done -> actions.openServer(
                new SocketActions.ServerSetup("127.0.0.1", 0, 16, true, null), null, done));
        first.workspace().bench().replies().attach(answering.socketId(), ECHO_RULES);
        opened(done -> actions.openServer(new SocketActions.ServerSetup("127.0.0.1", 0, null, true, null), null, done));
        opened(done -> actions.openUdp(new UdpSetup("0.0.0.0", 0, 0, true, "lo"), List.of("239.255.42.40"), done));
        FilterInput filter = new FilterInput("", Direction.IN, "", "ping", PayloadFormat.TEXT);
        CompletableFuture<?> joined = FxThread.call(() -> {
            first.multicast().addGroup(new GroupSettings(GROUP, 0, true));
            first.traffic().apply(filter);
            first.workspace().restoreAtStartProperty().set(true);
            return first.multicast().join(new Channel(GROUP, "lo"));
        });
        joined.get(WAIT_SECONDS, TimeUnit.SECONDS);

        Path file = dir.resolve("bench.json");
        FxThread.call(() -> first.workspace().save(file)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        Workspace saved = WorkspaceFile.read(file);
        assertEquals(2, saved.servers().size(), saved.toString());
        assertEquals(ECHO_RULES, saved.servers().getFirst().replyRules());
        assertEquals(1, saved.udpSockets().size(), saved.toString());
        assertEquals(List.of("239.255.42.40"), saved.udpSockets().getFirst().groups());
        assertEquals(1, saved.multicast().size(), saved.toString());
        assertEquals(List.of("lo"), saved.multicast().getFirst().joinedOn());
        assertEquals(filter, saved.filter().input());
        assertEquals(Texts.get("workspace.status.saved", "bench.json", saved.size()), statusOf(first));
        assertEquals(file.toAbsolutePath(), first.recentFiles().files().getFirst(), "File ▸ Open recent offers it");
        stop(first);

        int taken = saved.servers().getFirst().port();
        try (ServerSocket holder = new ServerSocket(taken, 5, InetAddress.getLoopbackAddress())) {
            Workbench second = start();
            FxThread.waitUntil(WAIT_SECONDS, () -> second.workspace().lastReportProperty().get() != null);
            RestoreReport report = FxThread.call(() -> second.workspace().lastReportProperty().get());
            List<PartOutcome> failed = report.failures();
            assertEquals(1, failed.size(), report.text());
            PartOutcome server = failed.getFirst();
            assertEquals(PartKind.TCP_SERVER, server.kind());
            assertEquals("127.0.0.1:" + taken, server.where());
            assertEquals("net::ERR_ADDRESS_IN_USE", server.chromeError());
            assertEquals(report.summary(), statusOf(second));

            ListView<String> parts = robot.lookup("#workspaceReportParts").query();
            assertTrue(FxThread.call(() -> parts.getItems().contains(server.describe())), parts.getItems().toString());

            Workspace reopened = FxThread.call(() -> WorkspaceCapture.capture(second.workspace().bench()));
            assertEquals(saved.servers().subList(1, 2), reopened.servers(), "the free one opened, the taken one did not");
            assertEquals(saved.udpSockets(), reopened.udpSockets());
            assertEquals(saved.multicast(), reopened.multicast());
            assertEquals(saved.filter(), reopened.filter());
        }
    }

    @Test
    void aWorkspaceFromANewerVersionIsRefusedWithAClearMessageAndNothingOpens() throws Exception {
        Path newer = Files.writeString(dir.resolve("newer.json"), """
                {"version": 99, "format": "socket-workbench-workspace",
                 "servers": [{"address": "127.0.0.1", "port": 0, "autoAccept": true}]}
                """);
        assertEquals(Optional.of(newer), ScriptDrop.openableIn(List.of(dir.toFile(), newer.toFile())),
                "a dropped .json is opened");
        Workbench workbench = start();
        FxThread.run(() -> workbench.openFile(newer));
        String expected = Texts.get("workspace.status.openFailed", newer,
                Texts.get("workspace.file.newer", "newer.json", 99, WorkspaceFile.version()));
        FxThread.waitUntil(WAIT_SECONDS, () -> expected.equals(statusOf(workbench)));
        assertTrue(expected.contains("newer Socket Workbench"), expected);
        assertEquals(List.of(), workbench.tracker().rows(), "no socket was opened");
        assertNull(FxThread.call(() -> workbench.workspace().lastReportProperty().get()));
    }

    private static String statusOf(Workbench workbench) throws Exception {
        return FxThread.call(() -> workbench.workspace().status().getText());
    }

    private static OperationOutcome opened(Consumer<Consumer<OperationOutcome>> open) throws Exception {
        CompletableFuture<OperationOutcome> outcome = new CompletableFuture<>();
        open.accept(outcome::complete);
        OperationOutcome done = outcome.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertTrue(done.succeeded(), done.describe());
        assertNotNull(done);
        return done;
    }
}
