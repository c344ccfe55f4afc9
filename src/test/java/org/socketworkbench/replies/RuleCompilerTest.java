package org.socketworkbench.replies;

import org.junit.jupiter.api.Test;
import org.socketworkbench.traffic.PayloadFormat;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Edit-time errors: each at its rule, field and position. */
class RuleCompilerTest {

    private static RuleProblem only(RuleSet set) {
        List<RuleProblem> problems = RuleCompiler.check(set);
        assertEquals(1, problems.size(), problems.toString());
        return problems.getFirst();
    }

    private static RuleSet rules(ReplyRule... rules) {
        return RuleSet.rules(Framing.PER_READ, List.of(rules));
    }

    @Test
    void aRegexThatDoesNotCompile() {
        RuleProblem p = only(rules(ReplyRule.of(MatchType.EXACT, "ok", "fine"), ReplyRule.of(MatchType.REGEX, "GET (\\w+", "x")));
        assertEquals(1, p.rule());
        assertEquals(RuleProblem.Field.PATTERN, p.field());
        assertEquals(8, p.index());
        assertEquals("Rule 2, pattern: Unclosed group at position 9", p.describe());
    }

    @Test
    void aCaptureThePatternLacks() {
        RuleProblem p = only(rules(ReplyRule.of(MatchType.REGEX, "GET (\\w+)", "got $1 and $2")));
        assertEquals(RuleProblem.Field.REPLY, p.field());
        assertEquals(11, p.index());
        assertEquals("The pattern has no group 2 ($2 at position 12); it has 1", p.message());
        RuleProblem named = only(rules(ReplyRule.of(MatchType.REGEX, "(?<verb>GET) (?<path>\\S+)", "${verb} ${host}")));
        assertEquals("The pattern has no group named 'host' (${host} at position 9); it has path, verb", named.message());
        RuleProblem plain = only(rules(ReplyRule.of(MatchType.CONTAINS, "GET", "got $1")));
        assertEquals(4, plain.index());
    }

    @Test
    void anUnknownMacroBadHexAndABadDelay() {
        assertEquals(3, only(rules(ReplyRule.of(MatchType.EXACT, "a", "ok {{NOW}}"))).index());
        ReplyRule hex = new ReplyRule(true, "", MatchType.STARTS_WITH, MatchOn.HEX, "01 0z", "", PayloadFormat.HEX, 0, true);
        RuleProblem badHex = only(rules(hex));
        assertEquals(RuleProblem.Field.PATTERN, badHex.field());
        assertEquals(4, badHex.index());
        ReplyRule slow = new ReplyRule(true, "", MatchType.EXACT, MatchOn.TEXT, "a", "b", PayloadFormat.TEXT, -5, true);
        assertEquals(RuleProblem.Field.DELAY, only(rules(slow)).field());
    }

    @Test
    void theSetsOwnFields() {
        RuleSet badCharset = new RuleSet(ReplyMode.ECHO, "klingon", Framing.PER_READ, "", PayloadFormat.TEXT, List.of());
        assertEquals(RuleProblem.Field.CHARSET, only(badCharset).field());
        assertEquals(RuleProblem.Field.DELIMITER, only(RuleSet.echo(Framing.delimiter(""))).field());
        assertEquals(3, only(RuleSet.echo(Framing.delimiter("\\r\\q"))).index());
        assertEquals(RuleProblem.Field.LENGTH, only(RuleSet.echo(Framing.fixedLength(0))).field());
        assertEquals(RuleProblem.Field.FIXED_REPLY, only(RuleSet.fixed("{{X}}", PayloadFormat.TEXT, Framing.PER_READ)).field());
    }

    @Test
    void compileRefusesASetWithProblemsListingAll() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleCompiler.compile(rules(
                ReplyRule.of(MatchType.REGEX, "(", ""), ReplyRule.of(MatchType.EXACT, "a", "{{"))));
        assertEquals(2, e.problems().size());
    }
}
