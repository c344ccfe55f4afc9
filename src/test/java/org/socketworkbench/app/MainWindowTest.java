package org.socketworkbench.app;

import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.testing.FxExtension;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Starts the real application (headless) and checks the shell: title, three panes, status bar. */
class MainWindowTest {

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final FxExtension fx = FxExtension.application(SocketWorkbenchApp::new);

    @Test
    void theWindowShowsTheThreePanesAndTheStatusBar() {
        assertEquals("Socket Workbench", fx.stage().getTitle());
        assertTrue(fx.stage().isShowing());
        for (String id : new String[] {"#socketList", "#adapterList", "#trafficPane"}) {
            Node pane = robot.lookup(id).query();
            assertTrue(pane.isVisible(), id + " visible");
            assertTrue(pane.getLayoutBounds().getHeight() > 50, id + " has room");
        }
        assertInstanceOf(StatusBar.class, robot.lookup("#statusBar").query());
        assertTrue(fx.stage().getIcons().size() >= 4, "the app icon in several sizes");
    }

    /** src/docs/startup.md: what the first frame does not show is not built for it. */
    @Test
    void viewsNobodyOpenedAreMadeWhenFirstSelected() {
        for (String[] view : new String[][] {{"#repliesTab", "#replyRules"}, {"#multicastTab", "#multicastView"},
                {"#consoleTab", "#consolePane"}}) {
            assertTrue(robot.lookup(view[1]).tryQuery().isEmpty(), view[1] + " not made before its tab is opened");
            Tab tab = robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                    .flatMap(pane -> pane.getTabs().stream()).filter(t -> view[0].equals("#" + t.getId()))
                    .findFirst().orElseThrow();
            robot.interact(() -> tab.getTabPane().getSelectionModel().select(tab));
            assertTrue(robot.lookup(view[1]).tryQuery().isPresent(), view[1] + " made when its tab is opened");
        }
    }

    @Test
    void theAdapterListShowsTheLoopbackInterface() throws Exception {
        TableView<?> table = robot.lookup("#adapterTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertTrue(table.getItems().stream().anyMatch(a -> a.toString().contains("name=lo")),
                "lo is listed: " + table.getItems());
        Label counts = robot.lookup("#statusCounts").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counts.getText().contains("adapter"));
    }

    @Test
    void theThemeToggleSwitchesBetweenLightAndDark() {
        robot.clickOn("#darkTheme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"));
        robot.clickOn("#darkTheme");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
    }
}
