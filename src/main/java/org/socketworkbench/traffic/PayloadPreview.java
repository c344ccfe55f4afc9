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
        return of(payload.data(), payload.offset(), payload.length(), maxBytes);
    }

    public static String of(byte[] bytes, int maxBytes) {
        return of(bytes, 0, bytes.length, maxBytes);
    }

    /** The preview of {@code bytes[offset, offset + size)}. */
    private static String of(byte[] bytes, int offset, int size, int maxBytes) {
        int length = Math.min(size, maxBytes);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(".");
        CharBuffer chars = CharBuffer.allocate(length + 1);
        // A character cut off by the preview's end is left out rather than shown as '.'.
        decoder.decode(ByteBuffer.wrap(bytes, offset, length), chars, length == size);
        chars.flip();
        StringBuilder out = new StringBuilder(chars.length() + 1);
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            out.append(Character.isISOControl(c) ? '.' : c);
        }
        if (length < size) {
            out.append('\u2026');
        }
        return out.toString();
    }
}
