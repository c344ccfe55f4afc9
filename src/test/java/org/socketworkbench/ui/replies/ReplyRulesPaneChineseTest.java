package org.socketworkbench.ui.replies;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.replies.AutoReplier;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.testing.ShownTexts;
import org.testfx.api.FxRobot;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reply rules pane in Simplified Chinese, with a rule in the table: no English word is left in
 * what it shows (protocol names and macro names aside); a regex that does not compile, an unknown
 * macro and a capture the pattern lacks read in Chinese with their position; the columns keep
 * their ids; switching back to English changes every text back while the pane is open.
 */
class ReplyRulesPaneChineseTest {

    private final FxRobot robot = new FxRobot();
    private final SocketEngine engine = SocketEngine.builder().build();
    private final ReplyAttachments attachments = new ReplyAttachments(
            new SocketActions(engine, outcome -> { }, Runnable::run), new AutoReplier.Listener() { });
    private ReplyRulesModel model;
    private ReplyRulesPane pane;
    private RuleRowModel rule;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @AfterEach
    void english() throws Exception {
        try {
            FxThread.run(() -> Texts.use(Language.ENGLISH));
        } finally {
            engine.close();
        }
    }

    @Test
    void theReplyRulesPaneSpeaksChineseAndSwitchesBackLive() throws Exception {
        FxThread.run(() -> Texts.use(Language.SIMPLIFIED_CHINESE));
        fx.mount(() -> {
            model = new ReplyRulesModel(attachments, null, set -> { }, Runnable::run);
            pane = new ReplyRulesPane(model);
            return pane;
        }, 900, 700);
        FxThread.run(() -> {
            rule = model.addRule();
            robot.lookup("#repliesTable").<TableView<RuleRowModel>>query().getSelectionModel().select(rule);
        });

        List<String> texts = FxThread.call(() -> ShownTexts.located(pane));
        assertTrue(texts.size() > 40, texts.toString());
        assertEquals(List.of(), FxThread.call(() -> ShownTexts.english(pane)), "English left in the Chinese replies pane");
        assertEquals(Texts.get("replies.rule.pattern"), FxThread.call(() -> robot.lookup("#rulePattern").query().getAccessibleText()));
        assertEquals(List.of("repliesColumn-enabled", "repliesColumn-match", "repliesColumn-pattern", "repliesColumn-reply",
                        "repliesColumn-delay", "repliesColumn-stop", "repliesColumn-hits", "repliesColumn-problem"),
                FxThread.call(() -> robot.lookup("#repliesTable").<TableView<?>>query().getColumns().stream()
                        .map(c -> c.getId()).toList()));

        // A regex that does not compile: the problem in Chinese, with its (1-based) position.
        FxThread.run(() -> {
            rule.matchProperty().set(MatchType.REGEX);
            rule.patternProperty().set("(a|b");
        });
        assertEquals(Texts.get("replies.problem.inRow", Texts.get("replies.field.PATTERN"),
                        Texts.get("replies.problem.regex", Texts.get("replies.regex.unclosedGroup"), 5)),
                ruleProblem());
        assertTrue(ruleProblem().contains("第 5 个字符"), ruleProblem());
        assertEquals(List.of(), ShownTexts.englishWords(ruleProblem()), ruleProblem());

        // An unknown macro, then a capture the pattern lacks: both in Chinese.
        FxThread.run(() -> {
            rule.patternProperty().set("(a|b)");
            rule.replyProperty().set("{{NO_SUCH_MACRO}}");
        });
        assertChineseProblem();
        // The reply is what the user typed (kept as typed); the problem next to it is in Chinese.
        FxThread.run(() -> rule.replyProperty().set("$2"));
        assertChineseProblem();
        assertEquals(List.of(), FxThread.call(() -> ShownTexts.english(pane)), "English left with the problems shown");

        FxThread.run(() -> rule.replyProperty().set("$1"));
        assertEquals("", ruleProblem());
        FxThread.run(() -> Texts.use(Language.ENGLISH));
        Eventually.await(Duration.ofSeconds(5), () -> chineseLeft().isEmpty(), () -> chineseLeft().toString());
        assertEquals("pattern", FxThread.call(() -> robot.lookup("#rulePattern").query().getAccessibleText()));
    }

    private void assertChineseProblem() throws Exception {
        String problem = ruleProblem();
        assertTrue(problem.startsWith(Texts.get("replies.field.REPLY")), problem);
        assertEquals(List.of(), ShownTexts.englishWords(problem), problem);
    }

    private String ruleProblem() throws Exception {
        return FxThread.call(() -> robot.lookup("#ruleProblem").<Label>query().getText());
    }

    private List<String> chineseLeft() {
        try {
            return FxThread.call(() -> ShownTexts.chinese(pane));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
