package org.socketworkbench.ui.composer;

import javafx.application.Platform;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;
import org.testfx.api.FxRobot;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The composer in Simplified Chinese: no English word is left in what it shows (protocol names,
 * macro names and units aside), its fields tell a screen reader what they are, and switching back
 * to English changes every text back while the pane is open.
 */
class ComposerChineseTest {

    private final FxRobot robot = new FxRobot();
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private ComposerModel model;
    private ComposerPane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void english() throws Exception {
        FxThread.run(() -> Texts.use(Language.ENGLISH));
        engine.close();
    }

    @Test
    void theComposerSpeaksChineseAndSwitchesBackLive() throws Exception {
        engine.addObserver(tracker);
        FxThread.run(() -> Texts.use(Language.SIMPLIFIED_CHINESE));
        fx.mount(() -> {
            model = new ComposerModel(new SocketActions(engine, outcome -> { }, outcome -> { }), Platform::runLater,
                    List.of(new Settings.Preset("p1", "TEXT", "ping\\n")), presets -> { });
            pane = new ComposerPane(model);
            return pane;
        }, 900, 400);
        // No target: a socket's type and the port check are the sockets area's words (sockets.SocketRow, InputCheck).

        List<String> texts = FxThread.call(() -> ShownTexts.located(pane));
        assertTrue(texts.size() > 30, texts.toString());
        assertEquals(List.of(), FxThread.call(() -> ShownTexts.english(pane)), "English left in the Chinese composer");
        assertEquals(Texts.get("composer.send"), FxThread.call(() -> robot.lookup("#composerSend").queryAs(Button.class).getText()));
        assertEquals(Texts.get("composer.host.accessible"),
                FxThread.call(() -> robot.lookup("#composerHost").query().getAccessibleText()));
        assertFalse(FxThread.call(() -> robot.lookup("#composerText").query().getAccessibleText()).isBlank());

        FxThread.run(() -> Texts.use(Language.ENGLISH));
        FxThread.waitUntil(5, () -> ShownTexts.chinese(pane).isEmpty());
        assertEquals("Send", FxThread.call(() -> robot.lookup("#composerSend").queryAs(Button.class).getText()));
        assertEquals("Destination host", FxThread.call(() -> robot.lookup("#composerHost").query().getAccessibleText()));
    }
}
