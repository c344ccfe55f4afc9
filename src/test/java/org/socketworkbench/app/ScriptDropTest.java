package org.socketworkbench.app;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.ui.shell.ScriptDrop;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.fxmisc.richtext.CodeArea;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A .js dropped onto the window opens in the console and joins File, Open recent (kept in the settings). */
class ScriptDropTest {

    private static final String SCRIPT = "chrome.socket.create('udp', {}, function (info) { console.log(info.socketId); });\n";

    private final FxRobot robot = new FxRobot();
    private final String settingsBefore = System.getProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY);
    private SocketWorkbenchApp app;
    private volatile javafx.scene.input.Dragboard dragboard;

    @TempDir
    Path dir;

    @RegisterExtension
    final FxExtension fx = FxExtension.application(() -> {
        System.setProperty(SocketWorkbenchApp.SETTINGS_DIR_PROPERTY, dir.resolve("settings").toString());
        app = new SocketWorkbenchApp((owner, format, name) -> Optional.empty(), folder -> { });
        return app;
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
    void onlyAJsFileCountsAsAScript() throws Exception {
        Path script = Files.writeString(dir.resolve("echo.js"), SCRIPT);
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        assertEquals(Optional.of(script), ScriptDrop.scriptIn(List.of(other.toFile(), script.toFile())));
        assertEquals(Optional.empty(), ScriptDrop.scriptIn(List.of(other.toFile(), dir.toFile())));
    }

    @Test
    void aScriptDraggedOntoTheWindowOpensInTheConsoleAndIsRemembered() throws Exception {
        Path script = Files.writeString(dir.resolve("echo.js"), SCRIPT);
        Label source = dragSourceOf(script.toFile());
        robot.moveTo(source).press(javafx.scene.input.MouseButton.PRIMARY);
        for (int i = 0; i < 10; i++) {
            robot.moveBy(-3, 2);
        }
        robot.moveTo("#socketList").moveBy(5, 5).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dragboard != null);
        // Monocle (the headless glass) starts the gesture but never delivers the drop to another
        // window; the drop is delivered here as the platform would, with the gesture's own dragboard.
        robot.interact(() -> {
            javafx.scene.Node window = robot.lookup("#mainWindow").query();
            for (var type : List.of(javafx.scene.input.DragEvent.DRAG_OVER, javafx.scene.input.DragEvent.DRAG_DROPPED)) {
                javafx.event.Event.fireEvent(window, new javafx.scene.input.DragEvent(type, dragboard, 100, 100, 100, 100,
                        TransferMode.COPY, null, null, null));
            }
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> SCRIPT.equals(editorText()));
        TabPane views = robot.lookup("#views").query();
        assertEquals("consoleTab", views.getSelectionModel().getSelectedItem().getId(), "the console comes to the front");
        assertEquals(List.of(script.toAbsolutePath()), app.workbench().recentFiles().files());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
            Path settings = dir.resolve("settings").resolve("settings.json");
            return Files.exists(settings) && Files.readString(settings).contains("echo.js");
        });

        robot.interact(() -> robot.lookup("#consoleEditor").<CodeArea>query().replaceText(""));
        robot.clickOn("#menuFile").clickOn("#menu-openRecent").clickOn("#recent-1");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> SCRIPT.equals(editorText()));
    }

    /** A small window whose label starts a drag of {@code file}, as a file manager would. */
    private Label dragSourceOf(File file) throws Exception {
        Label[] label = new Label[1];
        robot.interact(() -> {
            label[0] = new Label("echo.js");
            label[0].setId("dragSource");
            label[0].setOnDragDetected(e -> {
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(file));
                javafx.scene.input.Dragboard board = label[0].startDragAndDrop(TransferMode.COPY);
                board.setContent(content);
                dragboard = board;
                e.consume();
            });
            Stage files = new Stage();
            files.setScene(new Scene(label[0], 120, 60));
            files.setX(fx.stage().getX() + fx.stage().getWidth() - 200);
            files.setY(fx.stage().getY() + 200);
            files.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return label[0];
    }

    private String editorText() {
        return robot.lookup("#consoleEditor").<CodeArea>query().getText();
    }

}
