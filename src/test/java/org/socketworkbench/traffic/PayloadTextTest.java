package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Captured bytes as the composer would take them: the format that reads best, and the same bytes back. */
class PayloadTextTest {

    private static PayloadText roundTrip(byte[] bytes) {
        PayloadText typed = PayloadText.of(bytes);
        assertArrayEquals(bytes, PayloadParser.parse(typed.text(), typed.format()), typed.toString());
        return typed;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainTextStaysText() {
        assertEquals(new PayloadText(PayloadFormat.TEXT, "GET / HTTP/1.1 \\ grüße"), roundTrip(utf8("GET / HTTP/1.1 \\ grüße")));
        assertEquals(PayloadFormat.TEXT, roundTrip(new byte[0]).format());
    }

    @Test
    void textWithLineEndsAndAFewControlBytesIsEscaped() {
        assertEquals(new PayloadText(PayloadFormat.ESCAPED, "ping\\r\\n"), roundTrip(utf8("ping\r\n")));
        assertEquals(new PayloadText(PayloadFormat.ESCAPED, "a\\\\b\\x1b[0m colour\\t\\0"), roundTrip(utf8("a\\b\u001b[0m colour\t\0")));
    }

    @Test
    void binaryIsHex() {
        assertEquals(new PayloadText(PayloadFormat.HEX, "01 03 00 00 00 0a c5 cd"),
                roundTrip(new byte[] {1, 3, 0, 0, 0, 10, (byte) 0xc5, (byte) 0xcd}));
        assertEquals(PayloadFormat.HEX, roundTrip(new byte[] {1, 2, 3, 4}).format(), "mostly escapes");
        assertEquals(PayloadFormat.HEX, roundTrip(utf8("a\u0085b")).format(), "a C1 control is not one byte");
    }

    @Test
    void anyBytesComeBackUnchanged() {
        Random random = new Random(13);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(40)];
            random.nextBytes(bytes);
            if (i % 2 == 0) {
                for (int b = 0; b < bytes.length; b++) {
                    bytes[b] = (byte) (bytes[b] & 0x7f);
                }
            }
            roundTrip(bytes);
        }
    }
}
