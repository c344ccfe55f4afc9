package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PayloadParserTest {

    private static final byte[] HELLO = {0x48, 0x65, 0x6c, 0x6c, 0x6f};

    @Test
    void textIsUtf8() {
        assertArrayEquals("h\u00e9 \u20ac".getBytes(StandardCharsets.UTF_8), PayloadParser.parse("h\u00e9 \u20ac", PayloadFormat.TEXT));
        assertArrayEquals(new byte[] {'a', '\\', 'n'}, PayloadParser.parse("a\\n", PayloadFormat.TEXT), "no escapes in plain text");
    }

    @Test
    void hexAcceptsTheUsualSeparatorsAndPrefixes() {
        for (String input : new String[] {
            "48656c6c6f", "48 65 6c 6c 6f", "48,65,6C,6C,6F", "48:65:6c:6c:6f", "0x48 0x65 0x6c 0x6c 0x6f",
            "0x48,0x65, 0X6c,0x6c ,0x6f", "4865\n6c6c\r\n6f\t", "  0x48656c6c6f  ", "48 656c:6c,6f",
        }) {
            assertArrayEquals(HELLO, PayloadParser.parse(input, PayloadFormat.HEX), input);
        }
        assertArrayEquals(new byte[0], PayloadParser.parse("", PayloadFormat.HEX));
        assertArrayEquals(new byte[0], PayloadParser.parse(" , : ", PayloadFormat.HEX));
        assertArrayEquals(new byte[] {0, (byte) 0xff, (byte) 0x80}, PayloadParser.parseHex("00 FF 80"));
    }

    @Test
    void hexRejectsABadCharacterNamingItAndItsPosition() {
        PayloadFormatException e = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("48 6g"));
        assertEquals("Not a hex digit at position 5 ('g')", e.getMessage());
        assertEquals(5, e.position());
        PayloadFormatException semicolon = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("48;65"));
        assertEquals("Not a hex digit at position 3 (';')", semicolon.getMessage());
        PayloadFormatException fullWidth = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("4\uff18"));
        assertEquals("Not a hex digit at position 2 ('\uff18')", fullWidth.getMessage());
        PayloadFormatException control = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("48\u000b"));
        assertEquals("Not a hex digit at position 3 (character U+000B)", control.getMessage());
    }

    @Test
    void hexRejectsAnOddNumberOfDigitsInAGroup() {
        PayloadFormatException e = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("48 656"));
        assertEquals("Odd number of hex digits (3) in '656'; each byte needs two digits at position 4", e.getMessage());
        assertEquals(4, e.position());
        assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("0x4"));
        assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("a"));
    }

    @Test
    void hexRejectsAPrefixWithoutDigits() {
        PayloadFormatException e = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("48 0x, 65"));
        assertEquals("'0x' must be followed by hex digits at position 4", e.getMessage());
        PayloadFormatException doubled = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseHex("0x0x48"));
        assertEquals("Not a hex digit at position 4 ('x')", doubled.getMessage());
    }

    @Test
    void escapedTextUnderstandsEveryEscape() {
        byte[] bytes = PayloadParser.parse("a\\n\\r\\t\\\\\\0\\x41\\xff\\x0A\u00e9", PayloadFormat.ESCAPED);
        assertArrayEquals(new byte[] {'a', '\n', '\r', '\t', '\\', 0, 'A', (byte) 0xff, '\n', (byte) 0xc3, (byte) 0xa9}, bytes);
        assertArrayEquals("plain".getBytes(), PayloadParser.parse("plain", PayloadFormat.ESCAPED));
        assertArrayEquals(new byte[0], PayloadParser.parse("", PayloadFormat.ESCAPED));
        assertArrayEquals("GET / HTTP/1.0\r\n\r\n".getBytes(), PayloadParser.parseEscaped("GET / HTTP/1.0\\r\\n\\r\\n"));
    }

    @Test
    void escapedTextRejectsAnUnknownEscape() {
        PayloadFormatException e = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseEscaped("ab\\q"));
        assertEquals("Unknown escape \\q; use \\n \\r \\t \\0 \\\\ or \\xNN at position 4 ('q')", e.getMessage());
        assertEquals(4, e.position());
    }

    @Test
    void escapedTextRejectsATrailingBackslash() {
        PayloadFormatException e = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseEscaped("ab\\"));
        assertEquals("A backslash ends the text; write \\\\ for a backslash at position 3", e.getMessage());
    }

    @Test
    void escapedTextRejectsABadHexEscape() {
        PayloadFormatException bad = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseEscaped("\\x4z"));
        assertEquals("\\x needs exactly two hex digits at position 4 ('z')", bad.getMessage());
        PayloadFormatException space = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseEscaped("\\x 41"));
        assertEquals("\\x needs exactly two hex digits at position 3 (a space)", space.getMessage());
        PayloadFormatException shortEnd = assertThrows(PayloadFormatException.class, () -> PayloadParser.parseEscaped("x\\x4"));
        assertEquals("\\x needs exactly two hex digits, the text ends at position 5", shortEnd.getMessage());
    }

    @Test
    void formatsHaveReadableNames() {
        assertEquals("Hex", PayloadFormat.HEX.toString());
    }
}
