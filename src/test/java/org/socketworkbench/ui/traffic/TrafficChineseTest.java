package org.socketworkbench.ui.traffic;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;
import org.testfx.api.FxRobot;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The traffic pane in Simplified Chinese: no English word is left in what it shows (protocol
 * names, pcapng, CSV and units aside), the filter fields tell a screen reader what they are, a
 * filter syntax error reads in Chinese, the columns keep their ids, and switching back to English
 * changes every text back while the pane is open.
 */
class TrafficChineseTest {

    private final FxRobot robot = new FxRobot();
    private final TrafficCapture capture = new TrafficCapture();
    private final ThroughputMeter meter = new ThroughputMeter();
    private TrafficViewModel model;
    private TrafficPane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void english() throws Exception {
        FxThread.run(() -> {
            Texts.use(Language.ENGLISH);
            model.dispose();
        });
    }

    @Test
    void theTrafficPaneSpeaksChineseAndSwitchesBackLive() throws Exception {
        capture.addListener(meter);
        FxThread.run(() -> Texts.use(Language.SIMPLIFIED_CHINESE));
        fx.mount(() -> {
            model = new TrafficViewModel(capture, meter);
            pane = new TrafficPane(model, (owner, format, name) -> Optional.empty());
            pane.setPayloadActions(new PayloadActions() {
                @Override
                public void sendAgain(CapturedPayload payload) {
                }

                @Override
                public void saveAsPreset(CapturedPayload payload) {
                }
            });
            return pane;
        }, 1100, 800);

        List<String> texts = FxThread.call(() -> ShownTexts.located(pane));
        assertTrue(texts.size() > 30, texts.toString());
        assertEquals(List.of(), FxThread.call(() -> ShownTexts.english(pane)), "English left in the Chinese traffic pane");
        assertEquals(Texts.get("traffic.filter.sockets.accessible"),
                FxThread.call(() -> robot.lookup("#trafficFilterSocket").query().getAccessibleText()));
        assertEquals(List.of("trafficColumn-number", "trafficColumn-time", "trafficColumn-socket", "trafficColumn-direction",
                        "trafficColumn-conversation", "trafficColumn-peer", "trafficColumn-length", "trafficColumn-preview"),
                FxThread.call(() -> robot.lookup("#trafficTable").<TableView<?>>query().getColumns().stream()
                        .map(c -> c.getId()).toList()));

        FxThread.run(() -> robot.lookup("#trafficFilterSocket").<TextField>query().setText("3-x"));
        FxThread.waitUntil(5, () -> !ShownTexts.text(errorText()).isBlank());
        assertEquals(List.of(), ShownTexts.englishWords(ShownTexts.text(errorText())), errorText());

        FxThread.run(() -> robot.lookup("#trafficFilterSocket").<TextField>query().setText(""));
        FxThread.waitUntil(5, () -> errorText().isEmpty());
        FxThread.run(() -> Texts.use(Language.ENGLISH));
        Eventually.await(Duration.ofSeconds(5), () -> chineseLeft().isEmpty(), () -> chineseLeft().toString());
        assertEquals("Filter by socket", FxThread.call(() -> robot.lookup("#trafficFilterSocket").query().getAccessibleText()));
    }

    private List<String> chineseLeft() {
        try {
            // The tool bar's overflow button is JavaFX's own text, read from JavaFX's resources once
            // when the skin is made: it follows the language at the next start, not live.
            return FxThread.call(() -> ShownTexts.chinese(pane).stream()
                    .filter(text -> !text.startsWith("ToolBarOverflowMenu")).toList());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private String errorText() throws Exception {
        return FxThread.call(() -> ShownTexts.located(robot.lookup("#trafficFilterError").query()).stream().findFirst().orElse(""));
    }
}
