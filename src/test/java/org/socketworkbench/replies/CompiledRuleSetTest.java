package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

import org.junit.jupiter.api.Test;
import org.socketworkbench.payloads.SendContext;
import org.socketworkbench.traffic.PayloadFormat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompiledRuleSetTest {

    private final List<String> problems = new ArrayList<>();

    private List<String> answer(CompiledRuleSet set, String message) {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        return set.answer(new Message(bytes, bytes), SendContext.system(0), problems::add).stream()
                .map(r -> new String(r.bytes(), StandardCharsets.UTF_8)).toList();
    }

    private static ReplyRule rule(MatchType type, String pattern, String reply, boolean stop) {
        return new ReplyRule(true, "", type, MatchOn.TEXT, pattern, reply, PayloadFormat.ESCAPED, 0, stop);
    }

    @Test
    void eachMatchTypeAndTheStopFlag() {
        CompiledRuleSet set = RuleCompiler.compile(RuleSet.rules(Framing.PER_READ, List.of(
                rule(MatchType.EXACT, "ping", "pong", true),
                rule(MatchType.STARTS_WITH, "GET ", "starts", false),
                rule(MatchType.ENDS_WITH, ".txt", "ends", false),
                rule(MatchType.REGEX, "^GET (\\S+)\\.(?<ext>\\w+)$", "file $1 type ${ext} n={{COUNTER}}", true),
                rule(MatchType.CONTAINS, "", "catch-all", true))));
        assertEquals(List.of("pong"), answer(set, "ping"));
        assertEquals(List.of("starts", "ends", "file a type txt n=1"), answer(set, "GET a.txt"));
        assertEquals(List.of("starts", "ends", "file b type txt n=2"), answer(set, "GET b.txt"));
        assertEquals(List.of("catch-all"), answer(set, "pingpong"));
        assertEquals(1, set.hits(0));
        assertEquals(2, set.hits(1));
        assertEquals(2, set.hits(3));
        assertEquals(1, set.hits(4));
    }

    @Test
    void echoAndTheFixedReply() {
        assertEquals(List.of("hi"), answer(RuleCompiler.compile(RuleSet.echo(Framing.PER_READ)), "hi"));
        assertEquals(List.of("[hi]\r\n"), answer(RuleCompiler.compile(RuleSet.fixed("[$0]\\r\\n", PayloadFormat.ESCAPED, Framing.PER_READ)), "hi"));
    }

    @Test
    void hexRulesMatchBytesAndTheirGroupsAreBytes() {
        ReplyRule modbus = new ReplyRule(true, "", MatchType.REGEX, MatchOn.HEX, "^01 03 (.. ..) (.. ..)", "01 03 04 $2 $1 {{CRC16_MODBUS}}",
                PayloadFormat.HEX, 0, true);
        ReplyRule prefix = new ReplyRule(true, "", MatchType.STARTS_WITH, MatchOn.HEX, "FF", "00", PayloadFormat.HEX, 0, true);
        CompiledRuleSet set = RuleCompiler.compile(RuleSet.rules(Framing.PER_READ, List.of(modbus, prefix)));
        byte[] request = HexFormat.of().parseHex("01030000000AC5CD");
        List<Reply> replies = set.answer(Message.of(request), SendContext.system(0), problems::add);
        assertEquals("01 03 04 00 0a 00 00", HexFormat.ofDelimiter(" ").formatHex(replies.getFirst().bytes(), 0, 7));
        assertEquals(9, replies.getFirst().bytes().length, "and the CRC after them");
        assertArrayEquals(new byte[] {0}, set.answer(Message.of(new byte[] {(byte) 0xff, 1}), SendContext.system(0), problems::add).getFirst().bytes());
    }

    @Test
    void disabledRulesAreSkipped() {
        CompiledRuleSet set = RuleCompiler.compile(RuleSet.rules(Framing.PER_READ, List.of(
                rule(MatchType.EXACT, "a", "first", true).withEnabled(false), rule(MatchType.EXACT, "a", "second", true))));
        assertEquals(List.of("second"), answer(set, "a"));
    }

    @Test
    void aCatastrophicRegexIsStoppedAndTheNextRuleStillRuns() {
        CompiledRuleSet set = RuleCompiler.compile(RuleSet.rules(Framing.PER_READ, List.of(
                rule(MatchType.REGEX, "(.*a){25}", "never", true), rule(MatchType.CONTAINS, "a", "fallback", true))));
        long start = System.nanoTime();
        // Backtracks through every split of 24 a's into 25 groups: seconds without the limit, at every start position.
        assertEquals(List.of("fallback"), answer(set, "a".repeat(24) + "b".repeat(30)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 5_000, "stopped after its time limit, not after minutes: " + millis + " ms");
        assertEquals(1, problems.size());
        assertEquals(Texts.get("replies.problem.slowRegex", 1, 100, 54), problems.getFirst());
    }
}
