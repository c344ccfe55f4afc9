package org.socketworkbench.ui.console;

import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;
import org.socketworkbench.ui.FxBatchingExecutor;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Console view in Simplified Chinese: its header, buttons, state, placeholders and find bar
 * are free of English words but product and API names (Chrome, chrome.socket, .js), and a script's
 * end is reported in Chinese. The script's own output is what the script wrote and is not checked.
 */
class ConsolePaneChineseTest {

    private static final Pattern ALLOWED = Pattern.compile("chrome\\.socket|Chrome|\\.js|untitled\\.js");

    private final SocketEngine engine = SocketEngine.builder().build();
    private ConsolePane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountInChinese() throws Exception {
        Texts.use(Language.SIMPLIFIED_CHINESE);
        fx.mount(() -> {
            pane = new ConsolePane(new ConsoleModel(engine, new FxBatchingExecutor()));
            return pane;
        }, 800, 600);
    }

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
        engine.close();
    }

    @Test
    void everyTextThePaneShowsIsChinese() throws Exception {
        List<String> english = FxThread.call(() -> {
            pane.applyCss();
            pane.layout();
            return ShownTexts.english(ShownTexts.of(pane), ALLOWED);
        });
        assertEquals(List.of(), english, "English words in the Chinese console");
        assertEquals("空闲", FxThread.call(() -> ((Label) pane.lookup("#consoleState")).getText()));
    }

    @Test
    void aScriptsEndIsReportedInChineseAndTheStateFollowsTheLanguage() throws Exception {
        ConsoleModel model = pane.model();
        FxThread.run(() -> {
            model.script().set("var x = 1;");
            model.run();
        });
        String finished = Texts.get("console.finished");
        FxThread.waitUntil(20, () -> !model.output().isEmpty() && finished.equals(model.output().getLast().text()));
        assertEquals("已结束：没有需要等待的操作了。", FxThread.call(() -> ((ConsoleLine) model.output().getLast()).text()));
        Texts.use(Language.ENGLISH);
        FxThread.waitUntil(5, () -> "Idle".equals(((Label) pane.lookup("#consoleState")).getText()));
    }
}
