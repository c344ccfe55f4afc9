package org.socketworkbench.ui.multicast;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.adapters.AdapterScanner;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.multicast.Channel;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.MulticastExport;
import org.socketworkbench.multicast.MulticastWorkspace;
import org.socketworkbench.multicast.ProbeRate;
import org.socketworkbench.multicast.SenderSettings;
import org.socketworkbench.ui.adapters.AdapterListModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole group's heat map filling from two hosts in this process ("host-a" shown in the pane,
 * "host-b" a second workspace on its own engine), both joined on lo and sending with TTL 0: all
 * four cells turn up with no loss, a click shows that pair's timeline, the matrix exports as
 * CSV, and a host that stops reporting fades and says since when.
 */
class GroupHeatMapTest {

    private static final long WAIT = 20;
    private static final GroupAddress GROUP = GroupAddress.parse("239.255.42.11:45131");
    private static final Channel ON_LO = new Channel(GROUP, "lo");

    private final FxRobot robot = new FxRobot();
    private SocketEngine engineA;
    private SocketEngine engineB;
    private MulticastWorkspace hostA;
    private MulticastWorkspace hostB;
    private MulticastViewModel model;

    @TempDir
    Path dir;

    @BeforeEach
    void mountPane() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        engineA = SocketEngine.builder().build();
        engineB = SocketEngine.builder().build();
        hostA = new MulticastWorkspace(engineA, "host-a");
        hostB = new MulticastWorkspace(engineB, "host-b");
        FxToolkit.setupStage(s -> {
            AdapterListModel adapters = new AdapterListModel(new AdapterScanner(), Platform::runLater);
            adapters.refresh();
            model = new MulticastViewModel(hostA, adapters.adapters());
            Scene scene = new Scene(new MulticastPane(model), 1366, 768);
            scene.getStylesheets().add(MulticastPane.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
            s.setScene(scene);
            s.show();
        });
        assertTrue(stage.isShowing());
    }

    @AfterEach
    void unmountPane() throws Exception {
        call(() -> {
            model.dispose();
            return null;
        });
        hostA.close();
        hostB.close();
        engineA.close();
        engineB.close();
        FxToolkit.cleanupStages();
    }

    @Test
    void theMatrixFillsFromTwoHostsAndAClickShowsThePairsTimeline() throws Exception {
        for (MulticastWorkspace host : List.of(hostA, hostB)) {
            host.addGroup(new GroupSettings(GROUP, 0, true));
            host.join(ON_LO);
            host.startSender(GROUP, new SenderSettings("lo", new ProbeRate(50_000), 100, 0));
        }
        robot.interact(() -> robot.lookup("#multicastTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        for (String receiver : List.of("host-a", "host-b")) {
            for (String sender : List.of("host-a", "host-b")) {
                String id = "#heat-" + receiver + "-" + sender;
                waitUntil(() -> robot.lookup(id).tryQuery().isPresent()
                        && robot.lookup(id).queryAs(Label.class).getText().startsWith("0.00%"));
            }
        }
        String estimated = call(() -> robot.lookup("#heat-host-a-host-b").queryAs(Label.class).getText());
        assertTrue(estimated.matches("0\\.00%\\n~\\d+\\.\\d{3}±\\d+\\.\\d{3}ms"), "another host's clock: " + estimated);

        robot.clickOn("#heat-host-b-host-a");
        Label summary = robot.lookup("#pairSummary").queryAs(Label.class);
        waitUntil(() -> summary.getText().startsWith("host-b hears host-a on " + ON_LO + ": 0.00% lost"));
        PairTimeline timeline = robot.lookup("#pairTimeline").queryAs(PairTimeline.class);
        waitUntil(() -> timeline.samples().size() >= 2);

        Path csv = dir.resolve("matrix.csv");
        call(() -> {
            model.export(MulticastExport.MATRIX_CSV, csv);
            return null;
        });
        waitUntil(() -> Files.exists(csv));
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.getFirst().startsWith("group,iface,receiver,sender,"), lines.getFirst());
        assertEquals(5, lines.size(), "a header and four pairs: " + lines);

        hostB.close();
        Label rowB = robot.lookup((javafx.scene.Node n) -> n instanceof Label l && l.getStyleClass().contains(org.socketworkbench.ui.StyleClasses.HEAT_MAP_RECEIVER)
                && l.getText().startsWith("host-b")).queryAs(Label.class);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> call(() -> rowB.getText().contains("silent since")));
        assertTrue(call(rowB::getOpacity) < 1, "a host that stopped reporting fades");
    }

    private static <T> T call(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get(WAIT, TimeUnit.SECONDS);
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> call(condition));
    }
}
