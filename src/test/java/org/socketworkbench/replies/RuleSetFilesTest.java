package org.socketworkbench.replies;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.traffic.PayloadFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetFilesTest {

    @TempDir
    Path dir;

    @Test
    void aRuleSetRoundTripsThroughItsJsonFile() throws IOException {
        RuleSet set = new RuleSet(ReplyMode.RULES, "ISO-8859-1", Framing.delimiter("\\r\\n"), "", PayloadFormat.ESCAPED, List.of(
                ReplyRule.of(MatchType.EXACT, "ping", "pong\\r\\n"),
                new ReplyRule(false, "modbus", MatchType.REGEX, MatchOn.HEX, "^01 03 (.. ..)", "01 03 02 $1 {{CRC16_MODBUS}}",
                        PayloadFormat.HEX, 250, false)));
        Path file = dir.resolve("rules.json");
        RuleSetFiles.write(file, set);
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"version\": 1,\n  \"mode\": \"RULES\",\n  \"charset\": \"ISO-8859-1\",\n"), json);
        assertTrue(json.contains("\"match\": \"REGEX\""), json);
        assertEquals(set, RuleSetFiles.read(file));
    }

    @Test
    void aHandWrittenFileNeedsOnlyWhatItUsesAndKeepsKeysItDoesNotKnow() throws IOException {
        Path file = dir.resolve("hand.json");
        Files.writeString(file, """
                {"rules": [{"match": "CONTAINS", "pattern": "hello", "reply": "hi", "enabled": true, "colour": "red"}],
                 "framing": {"mode": "DELIMITER", "delimiter": "\\\\n"}, "comment": "by hand"}
                """);
        RuleSet set = RuleSetFiles.read(file);
        assertEquals(ReplyMode.RULES, set.mode());
        assertEquals("UTF-8", set.charset());
        assertEquals("\\n", set.framing().delimiter());
        assertEquals("hello", set.rules().getFirst().pattern());
        assertEquals(PayloadFormat.ESCAPED, set.rules().getFirst().replyFormat());
        assertEquals("red", set.rules().getFirst().unknownKeys().get("colour"));
        assertEquals(List.of(), RuleCompiler.check(set));
        Path copy = dir.resolve("copy.json");
        RuleSetFiles.write(copy, set);
        assertTrue(Files.readString(copy).contains("\"comment\": \"by hand\""));
        assertTrue(Files.readString(copy).contains("\"colour\": \"red\""));
    }

    @Test
    void aBrokenFileSaysWhereAndIsLeftAlone() throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"mode\": \"SOMETIMES\"}");
        IOException e = assertThrows(IOException.class, () -> RuleSetFiles.read(file));
        assertTrue(e.getMessage().contains("SOMETIMES"), e.getMessage());
        assertTrue(Files.exists(file), "an import never moves the user's file");
    }
}
