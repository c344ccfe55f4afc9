package org.socketworkbench.ui.replies;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.replies.AutoReplier;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyAttachments;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleProblem;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.replies.RuleSetFiles;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.testing.Eventually;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The editor's model without a window, over a real socket. */
class ReplyRulesModelTest {

    @TempDir
    Path dir;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final ReplyAttachments attachments = new ReplyAttachments(
            new SocketActions(engine, outcome -> { }, Runnable::run), new AutoReplier.Listener() { });
    private final List<RuleSet> remembered = new ArrayList<>();
    private final ReplyRulesModel model = new ReplyRulesModel(attachments, null, remembered::add, Runnable::run);

    @AfterEach
    void close() {
        engine.close();
    }

    private SocketRow udpRow() {
        int id = new Sync(engine).boundUdp()[0];
        return new SocketRow(id, 0, SocketKind.UDP, SocketRole.UDP, SocketStatus.BOUND, "", "", 0, 0, 0, 0, 0, 0, "", List.of());
    }

    @Test
    void problemsLandOnTheirRuleAndASetWithProblemsIsNotSwitchedOn() {
        model.targetProperty().set(udpRow());
        RuleRowModel row = model.addRule();
        row.matchProperty().set(MatchType.REGEX);
        row.patternProperty().set("(a|b");
        assertEquals(RuleProblem.Field.PATTERN, row.firstProblem().field());
        assertEquals(4, row.firstProblem().index());
        model.answeringProperty().set(true);
        assertFalse(model.answeringProperty().get());
        assertTrue(attachments.book(model.targetProperty().get().id()).isEmpty());

        row.patternProperty().set("(a|b)");
        row.replyProperty().set("got $1");
        model.answeringProperty().set(true);
        assertTrue(attachments.book(model.targetProperty().get().id()).isPresent());
        assertEquals("got $1", remembered.getLast().rules().getFirst().reply(), "the set switched on is remembered");

        row.patternProperty().set("(");
        assertTrue(model.statusProperty().get().startsWith(Texts.get("replies.status.stillAnswering", "")), model.statusProperty().get());
        assertEquals("(a|b)", attachments.book(model.targetProperty().get().id()).orElseThrow().ruleSet().rules().getFirst().pattern());
    }

    @Test
    void aSocketKeepsItsDraftWhileAnotherIsSelected() {
        SocketRow first = udpRow();
        SocketRow second = udpRow();
        model.targetProperty().set(first);
        model.addRule().patternProperty().set("one");
        model.targetProperty().set(second);
        assertEquals(0, model.rules().size());
        model.targetProperty().set(first);
        assertEquals("one", model.rules().getFirst().patternProperty().get());
    }

    @Test
    void exportAndImportAFile() throws Exception {
        model.targetProperty().set(udpRow());
        model.load(RuleSet.rules(Framing.delimiter("\\n"), List.of(ReplyRule.of(MatchType.EXACT, "ping", "pong"))));
        Path file = dir.resolve("rules.json");
        model.exportTo(file);
        Eventually.await(Duration.ofSeconds(10), () -> model.statusProperty().get().startsWith("Exported"), model.statusProperty()::get);
        assertEquals("pong", RuleSetFiles.read(file).rules().getFirst().reply());

        model.load(RuleSet.rules(Framing.PER_READ, List.of()));
        model.importFrom(file);
        Eventually.await(Duration.ofSeconds(10), () -> model.rules().size() == 1, model.statusProperty()::get);
        assertEquals("ping", model.rules().getFirst().patternProperty().get());

        Files.writeString(file, "not json");
        model.importFrom(file);
        Eventually.await(Duration.ofSeconds(10), () -> model.statusProperty().get().startsWith("Could not import rules.json"),
                model.statusProperty()::get);
        assertEquals(1, model.rules().size(), "a bad file changes nothing");
    }
}
