package org.socketworkbench.ui.relay;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.relay.RelayForm;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The relay pane in Simplified Chinese: every text it shows (labels, buttons, check boxes,
 * choices, prompts, tooltips, the status line, the list's placeholder) is free of English words
 * but protocol names and units, and a value out of range is refused in Chinese with its range.
 */
class RelayPaneChineseTest {

    /** Words that stay as they are in every language. */
    private static final Pattern ALLOWED = Pattern.compile(
            "TCP|UDP|TLS|SNI|ALPN|PEM|PKCS|SHA|RST|FIN|CA|IP|ms|tcp|udp|http|h2");
    private static final Pattern CHROMES_NAMES = Pattern.compile("(net::)?ERR_[A-Z_]+");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private SocketEngine engine;
    private RelayViewModel model;
    private RelayPane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountInChinese() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        fx.mount(() -> {
            engine = SocketEngine.builder().build();
            model = new RelayViewModel(engine, javafx.application.Platform::runLater);
            pane = new RelayPane(model);
            return pane;
        }, 900, 1200, RelayPane.class.getResource("/org/socketworkbench/ui/workbench.css").toExternalForm());
    }

    @AfterEach
    void unmount() throws Exception {
        try {
            FxThread.run(() -> model.stop());
            engine.close();
        } finally {
            Texts.use(Language.ENGLISH);
        }
    }

    @Test
    void everyTextThePaneShowsIsChinese() throws Exception {
        assertEquals(List.of(), FxThread.call(() -> englishIn(pane)), "English words in the Chinese pane");
    }

    @Test
    void aValueOutOfRangeIsRefusedInChineseWithItsRange() throws Exception {
        String status = FxThread.call(() -> {
            ((TextField) pane.lookup("#relay-" + RelayForm.TARGET_PORT)).setText("80");
            ((TextField) pane.lookup("#relay-" + RelayForm.LATENCY)).setText("70000");
            ((Button) pane.lookup("#relayStart")).fire();
            return ((Labeled) pane.lookup("#relayStatus")).getText();
        });
        assertEquals("延迟 70000 ms 超出范围：允许 0 到 60000 ms", status);
        assertEquals(List.of(), FxThread.call(() -> englishIn(pane)));
    }

    @Test
    void theRunningStatusAndItsImpairmentsAreChinese() throws Exception {
        try (java.net.ServerSocket target = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            FxThread.run(() -> {
                ((TextField) pane.lookup("#relay-" + RelayForm.TARGET_PORT)).setText(Integer.toString(target.getLocalPort()));
                ((TextField) pane.lookup("#relay-" + RelayForm.LATENCY)).setText("20");
                ((Button) pane.lookup("#relayStart")).fire();
            });
            FxThread.waitUntil(20, () -> ((Labeled) pane.lookup("#relayStatus")).getText().startsWith("正在中继"));
            String status = FxThread.call(() -> ((Labeled) pane.lookup("#relayStatus")).getText());
            assertTrue(status.contains("延迟 20 ms") && status.contains("发往客户端：延迟 20 ms"), status);
            assertEquals(List.of(), FxThread.call(() -> englishIn(pane)));
        }
    }

    @Test
    void aConversationTheTargetRefusedEndsWithAChineseReason() throws Exception {
        int refusing;
        try (java.net.ServerSocket gone = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            refusing = gone.getLocalPort();
        }
        FxThread.run(() -> {
            ((TextField) pane.lookup("#relay-" + RelayForm.TARGET_PORT)).setText(Integer.toString(refusing));
            ((Button) pane.lookup("#relayStart")).fire();
        });
        FxThread.waitUntil(20, () -> ((Labeled) pane.lookup("#relayStatus")).getText().startsWith("正在中继"));
        String status = FxThread.call(() -> ((Labeled) pane.lookup("#relayStatus")).getText());
        int port = Integer.parseInt(status.replaceAll(".*127\\.0\\.0\\.1:(\\d+) →.*", "$1"));
        try (java.net.Socket client = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            assertEquals(-1, client.getInputStream().read());
        }
        FxThread.waitUntil(20, () -> {
            model.refresh();
            return model.conversations().size() == 1 && model.conversations().getFirst().contains("已关闭");
        });
        String row = FxThread.call(() -> model.conversations().getFirst());
        assertTrue(row.contains("连接目标失败：-102 ERR_CONNECTION_REFUSED"), row);
        assertEquals(List.of(), englishIn(List.of(row)), "the row's reason reads in Chinese");
        assertEquals(List.of(), FxThread.call(() -> englishIn(pane)));
    }

    private static List<String> englishIn(Node root) {
        return englishIn(ShownTexts.of(root));
    }

    /** Chrome's names (ERR_CONNECTION_REFUSED) stay as Chrome writes them; the words around them do not. */
    private static List<String> englishIn(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Matcher word = WORD.matcher(ALLOWED.matcher(CHROMES_NAMES.matcher(text).replaceAll(" ")).replaceAll(" "));
            if (word.find()) {
                found.add(text);
            }
        }
        return found;
    }
}
