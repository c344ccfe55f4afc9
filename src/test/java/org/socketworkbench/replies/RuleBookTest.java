package org.socketworkbench.replies;

import org.junit.jupiter.api.Test;
import org.socketworkbench.payloads.SendContext;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuleBookTest {

    private static void send(RuleBook book, String text) {
        book.current().answer(Message.of(text.getBytes(StandardCharsets.UTF_8)), SendContext.system(0), p -> { });
    }

    @Test
    void switchingARuleKeepsTheCountersAndAnEditResetsOnlyThatRule() {
        RuleBook book = new RuleBook(RuleSet.rules(Framing.PER_READ, List.of(
                ReplyRule.of(MatchType.EXACT, "a", "A"), ReplyRule.of(MatchType.EXACT, "b", "B"))));
        send(book, "a");
        send(book, "b");
        send(book, "b");
        book.setEnabled(0, false);
        send(book, "a");
        assertArrayEquals(new long[] {1, 2}, book.hits());
        book.replace(book.ruleSet().withRules(List.of(book.ruleSet().rules().get(0), ReplyRule.of(MatchType.EXACT, "c", "C"))));
        assertArrayEquals(new long[] {1, 0}, book.hits());
        assertEquals(false, book.ruleSet().rules().get(0).enabled());
    }

    @Test
    void aBadEditLeavesTheRunningSet() {
        RuleBook book = new RuleBook(RuleSet.echo(Framing.PER_READ));
        assertThrows(RuleSetException.class, () -> book.replace(RuleSet.rules(Framing.PER_READ, List.of(ReplyRule.of(MatchType.REGEX, "(", "")))));
        assertEquals(ReplyMode.ECHO, book.ruleSet().mode());
    }
}
