package org.socketworkbench.payloads;

import org.junit.jupiter.api.Test;
import org.socketworkbench.traffic.PayloadFormat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PayloadTemplateTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T13:04:05.678Z"), ZoneOffset.UTC);

    private static SendContext context(long counter) {
        return new SendContext(counter, "bench-host", CLOCK, new Random(42), Captures.NONE);
    }

    private static String text(String template, long counter) {
        return new String(PayloadTemplate.compile(template, PayloadFormat.TEXT, UTF_8).expand(context(counter)), UTF_8);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes);
    }

    @Test
    void textMacrosExpand() {
        assertEquals("n=7 host=bench-host", text("n={{COUNTER}} host={{HOST}}", 7));
        assertEquals("2026-12-02 13:04:05", text("{{DATE}} {{TIME}}", 1));
        assertEquals("20261202/130405.678", text("{{DATE:yyyyMMdd}}/{{TIME:HHmmss.SSS}}", 1));
        assertEquals("1796216645 1796216645678", text("{{UNIXTIME}} {{UNIXTIME_MS}}", 1));
        String uuid = text("{{UUID}}", 1);
        assertTrue(uuid.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"), uuid);
    }

    @Test
    void randomGivesTheCountOfBytesAsked() {
        PayloadTemplate t = PayloadTemplate.compile("{{RANDOM}}|{{RANDOM:16}}", PayloadFormat.TEXT, UTF_8);
        byte[] bytes = t.expand(context(1));
        assertEquals(1 + 1 + 16, bytes.length);
        assertEquals('|', bytes[1]);
        assertFalse(t.isConstant());
    }

    @Test
    void checksumsCoverTheBytesBeforeThemInEveryFormat() {
        assertEquals("31 32 33 34 35 36 37 38 39 37 4b",
                hex(PayloadTemplate.compile("123456789{{CRC16_MODBUS}}", PayloadFormat.TEXT, UTF_8).expand(context(1))));
        assertEquals("01 03 00 00 00 0a c5 cd",
                hex(PayloadTemplate.compile("01 03 00 00 00 0A {{CRC16_MODBUS}}", PayloadFormat.HEX, UTF_8).expand(context(1))));
        assertEquals("02 31 32 33 34 35 36 37 38 39 29 b1 03",
                hex(PayloadTemplate.compile("\\x02123456789{{CRC16_CCITT:1}}\\x03", PayloadFormat.ESCAPED, UTF_8).expand(context(1))));
        assertEquals("31 32 33 34 35 36 37 38 39 26 39 f4 cb",
                hex(PayloadTemplate.compile("123456789{{CRC32:LE}}", PayloadFormat.TEXT, UTF_8).expand(context(1))));
        assertEquals("31 32 33 34 35 36 37 38 39 31 0e",
                hex(PayloadTemplate.compile("123456789{{XOR8}}{{SUM8:0,BE}}", PayloadFormat.TEXT, UTF_8).expand(context(1))),
                "SUM8 covers the XOR8 byte before it: 0xdd + 0x31 = 0x10e");
    }

    @Test
    void aChecksumIncludesWhatEarlierMacrosProduced() {
        PayloadTemplate t = PayloadTemplate.compile("{{COUNTER}}{{XOR8}}", PayloadFormat.TEXT, UTF_8);
        assertArrayEquals(new byte[] {'1', '2', '1' ^ '2'}, t.expand(context(12)));
    }

    @Test
    void theCharsetEncodesTextAndTextMacros() {
        PayloadTemplate t = PayloadTemplate.compile("\u00e9{{COUNTER}}", PayloadFormat.TEXT, StandardCharsets.UTF_16BE);
        assertArrayEquals(new byte[] {0, (byte) 0xe9, 0, '5'}, t.expand(context(5)));
        PayloadTemplate latin = PayloadTemplate.compile("\u00e9\\r\\n", PayloadFormat.ESCAPED, StandardCharsets.ISO_8859_1);
        assertArrayEquals(new byte[] {(byte) 0xe9, '\r', '\n'}, latin.expand(context(5)));
    }

    @Test
    void withoutMacrosATemplateIsConstant() {
        PayloadTemplate t = PayloadTemplate.compile("48 69", PayloadFormat.HEX, UTF_8);
        assertTrue(t.isConstant());
        assertArrayEquals(new byte[] {'H', 'i'}, t.expand(context(1)));
        assertEquals("price $5", text("price $5", 1), "outside reply templates '$' is text");
    }

    @Test
    void capturesLandInReplyTemplates() {
        CaptureGroups groups = new CaptureGroups(2, Set.of("id"));
        PayloadTemplate t = PayloadTemplate.compileReply("ok $2/$1 ${id} $$1 ${2} $x [$0]", PayloadFormat.TEXT, UTF_8, groups);
        Map<Integer, String> numbered = Map.of(0, "whole", 1, "a", 2, "b");
        Captures captures = new Captures() {
            @Override
            public byte[] group(int index) {
                return numbered.getOrDefault(index, "").getBytes(UTF_8);
            }

            @Override
            public byte[] group(String name) {
                return name.equals("id") ? "42".getBytes(UTF_8) : new byte[0];
            }
        };
        assertEquals("ok b/a 42 $1 b $x [whole]", new String(t.expand(context(1).withCaptures(captures)), UTF_8));
    }

    @Test
    void errorsNameTheirPosition() {
        assertError("Unknown macro {{FOO}} at position 4; known macros: COUNTER, RANDOM, UUID, DATE, TIME, UNIXTIME, "
                + "UNIXTIME_MS, HOST, CRC16_MODBUS, CRC16_CCITT, CRC32, XOR8, SUM8", 3, "abc{{FOO}}", PayloadFormat.TEXT);
        assertEquals(2, assertThrows(TemplateException.class,
                () -> PayloadTemplate.compile("ab{{counter}}", PayloadFormat.TEXT, UTF_8)).index());
        assertTrue(assertThrows(TemplateException.class,
                () -> PayloadTemplate.compile("ab{{counter}}", PayloadFormat.TEXT, UTF_8)).getMessage()
                .contains("macro names are upper case: {{COUNTER}}"));
        assertError("'{{' at position 3 opens a macro that is never closed with '}}'", 2, "ab{{COUNTER", PayloadFormat.TEXT);
        assertError("{{RANDOM:n}} takes a byte count between 1 and 65535; '0' at position 10 is not", 9, "{{RANDOM:0}}", PayloadFormat.TEXT);
        assertError("{{UUID}} takes no argument at position 8", 7, "{{UUID:4}}", PayloadFormat.TEXT);
        assertError("Not a hex digit at position 17 ('g')", 16, "01 {{COUNTER}} 0g", PayloadFormat.HEX);
        assertError("Unknown escape \\q; use \\n \\r \\t \\0 \\\\ or \\xNN at position 13 ('q')", 12, "{{HOST}} x \\q", PayloadFormat.ESCAPED);
        assertError("{{CRC32:from,LE|BE}} takes the offset of the first byte it covers and/or a byte order between 0 and "
                + "2147483647; 'XX' at position 11 is not", 10, "{{CRC32:2,XX}}", PayloadFormat.TEXT);
    }

    @Test
    void aCaptureThePatternLacksIsAnError() {
        TemplateException none = assertThrows(TemplateException.class,
                () -> PayloadTemplate.compileReply("x $1", PayloadFormat.TEXT, UTF_8, CaptureGroups.WHOLE_MATCH_ONLY));
        assertEquals("The pattern has no group 1 ($1 at position 3); it has none (write $$ for a '$')", none.getMessage());
        assertEquals(2, none.index());
        TemplateException name = assertThrows(TemplateException.class,
                () -> PayloadTemplate.compileReply("${nope}", PayloadFormat.TEXT, UTF_8, new CaptureGroups(1, Set.of("id"))));
        assertEquals("The pattern has no group named 'nope' (${nope} at position 1); it has id", name.getMessage());
        assertThrows(TemplateException.class,
                () -> PayloadTemplate.compileReply("${12}", PayloadFormat.TEXT, UTF_8, new CaptureGroups(11, Set.of())));
        assertEquals(0, PayloadTemplate.compileReply("${11}", PayloadFormat.TEXT, UTF_8, new CaptureGroups(11, Set.of()))
                .expand(context(1)).length, "a group that took no part gives no bytes");
    }

    private static void assertError(String message, int index, String template, PayloadFormat format) {
        TemplateException e = assertThrows(TemplateException.class, () -> PayloadTemplate.compile(template, format, UTF_8));
        assertEquals(message, e.getMessage());
        assertEquals(index, e.index());
    }
}
