package org.socketworkbench.app;

import javafx.application.Application;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.ui.sockets.SocketEntry;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.ui.replies.RuleRowModel;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reply-rules editor in the real window: a TCP server gets a rule, a bad regex shows its
 * error at its position and cannot be switched on, the fixed rule answers a real client and its
 * hit counter counts.
 */
class ReplyRulesFlowTest {

    private static final long WAIT = 20;

    private final FxRobot robot = new FxRobot();
    private Application application;

    @TempDir
    Path settings;
    private String sharedSettings;

    @BeforeEach
    void startApplication() throws Exception {
        // Its own settings: the rule set switched on is saved there, and the next run would start with it.
        sharedSettings = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, settings.toString());
        FxToolkit.registerPrimaryStage();
        application = FxToolkit.setupApplication(() -> new SocketWorkbenchApp((owner, format, name) -> Optional.empty()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void stopApplication() throws Exception {
        FxToolkit.cleanupApplication(application);
        FxToolkit.cleanupStages();
        if (sharedSettings == null) {
            System.clearProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
        } else {
            System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, sharedSettings);
        }
    }

    @Test
    void addingARuleToAServerMakesItAnswerARealClient() throws Exception {
        robot.clickOn("#toolTcpServer");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> robot.lookup("#formDialog").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#form-address").<TextField>query().setText("127.0.0.1");
            robot.lookup("#form-port").<TextField>query().setText("0");
        });
        robot.clickOn(robot.lookup("#formDialog").<DialogPane>query().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rows().stream()
                .anyMatch(r -> r.role() == SocketRole.TCP_SERVER && r.status() == SocketStatus.LISTENING));
        SocketRow server = rows().stream().filter(r -> r.role() == SocketRole.TCP_SERVER).findFirst().orElseThrow();
        int port = Integer.parseInt(server.local().substring(server.local().lastIndexOf(':') + 1));
        select(server.id());

        robot.clickOn("#repliesTab");
        fire("#repliesAdd");
        robot.interact(() -> robot.lookup("#ruleMatch").<ChoiceBox<MatchType>>query().setValue(MatchType.REGEX));
        assertEquals(1, rules().getItems().size());
        assertFalse(robot.lookup("#rulePattern").query().isDisabled(), "the new rule is selected for editing");
        type("#rulePattern", "^GET (\\w+");
        awaitLabel("#ruleProblem", "pattern: Unclosed group at position 10");
        assertTrue(robot.lookup("#rulePattern").query().getStyleClass().contains("field-error"));
        assertTrue(robot.lookup("#repliesAnswering").query().isDisabled(), "a set with problems cannot be switched on");
        assertEquals("1 problem", label("#repliesStatus"));

        type("#rulePattern", "^GET (\\w+)");
        type("#ruleReply", "got $1 #{{COUNTER}}\\n");
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#ruleProblem").isEmpty());
        robot.interact(() -> robot.lookup("#repliesAnswering").<javafx.scene.control.CheckBox>query().fire());
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label("#repliesStatus").equals("Answering with 1 of 1 rules"));

        try (Socket client = new Socket("127.0.0.1", port)) {
            client.setSoTimeout(10_000);
            OutputStream out = client.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            out.write("GET index\r\nPOST x\r\nGET other\r\n".getBytes(StandardCharsets.US_ASCII));
            assertEquals("got index #1", in.readLine());
            assertEquals("got other #2", in.readLine());
        }
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> rules().getItems().getFirst().hitsProperty().get() == 2);
        WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> Files.exists(settings.resolve("settings.json"))
                && Files.readString(settings.resolve("settings.json")).contains("\"pattern\": \"^GET (\\\\w+)\""));
    }

    /** The pane scrolls in the window's short left column: buttons are fired, not clicked at a position. */
    private void fire(String id) {
        robot.interact(() -> robot.lookup(id).<javafx.scene.control.ButtonBase>query().fire());
    }

    private void type(String id, String text) {
        robot.interact(() -> robot.lookup(id).<TextField>query().setText(text));
    }

    private void awaitLabel(String id, String expected) {
        try {
            WaitForAsyncUtils.waitFor(WAIT, TimeUnit.SECONDS, () -> label(id).equals(expected));
        } catch (java.util.concurrent.TimeoutException e) {
            assertEquals(expected, label(id), "pattern field: " + robot.lookup("#rulePattern").<TextField>query().getText());
        }
    }

    private TableView<RuleRowModel> rules() {
        return robot.lookup("#repliesTable").query();
    }

    private String label(String id) {
        return robot.lookup(id).<Label>query().getText();
    }

    private List<SocketRow> rows() {
        List<SocketRow> rows = new ArrayList<>();
        for (TreeItem<SocketEntry> item : robot.lookup("#socketTree").<TreeTableView<SocketEntry>>query().getRoot().getChildren()) {
            rows.add(item.getValue().row());
        }
        return rows;
    }

    private void select(int id) {
        robot.interact(() -> {
            TreeTableView<SocketEntry> tree = robot.lookup("#socketTree").query();
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
