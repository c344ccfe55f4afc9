package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PayloadPreviewTest {

    @Test
    void textIsShownWithControlCharactersAsDots() {
        assertEquals("GET / HTTP/1.1..", PayloadPreview.of("GET / HTTP/1.1\r\n".getBytes(), 100));
    }

    @Test
    void utf8IsDecodedAndInvalidBytesAreDots() {
        assertEquals("h\u00e9llo", PayloadPreview.of("h\u00e9llo".getBytes(StandardCharsets.UTF_8), 100));
        assertEquals("a.b", PayloadPreview.of(new byte[] {'a', (byte) 0xff, 'b'}, 100));
    }

    @Test
    void aLongPayloadIsCutWithAnEllipsisAndNeverMidCharacter() {
        assertEquals("abc\u2026", PayloadPreview.of("abcdef".getBytes(), 3));
        byte[] accented = "ab\u00e9".getBytes(StandardCharsets.UTF_8);
        assertEquals("ab\u2026", PayloadPreview.of(accented, 3), "the first byte of \u00e9 alone is left out");
    }
}
