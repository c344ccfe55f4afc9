package org.socketworkbench.traffic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A one-line text preview of a payload: the first bytes decoded as UTF-8, with control characters
 * and undecodable bytes shown as '.', and '…' when the payload is longer than the preview.
 */
public final class PayloadPreview {

    private PayloadPreview() {
    }

    public static String of(CapturedPayload payload, int maxBytes) {
        return of(payload.bytes(), maxBytes);
    }

    public static String of(byte[] bytes, int maxBytes) {
        int length = Math.min(bytes.length, maxBytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(".");
        CharBuffer chars = CharBuffer.allocate(length + 1);
        // A character cut off by the preview's end is left out rather than shown as '.'.
        decoder.decode(ByteBuffer.wrap(bytes, 0, length), chars, length == bytes.length);
        chars.flip();
        StringBuilder out = new StringBuilder(chars.length() + 1);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            out.append(Character.isISOControl(c) ? '.' : c);
        }
        if (length < bytes.length) {
            out.append('\u2026');
        }
        return out.toString();
    }
}
