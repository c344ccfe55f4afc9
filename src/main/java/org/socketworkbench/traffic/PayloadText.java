package org.socketworkbench.traffic;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Captured bytes written back the way a user would type them in the composer, so that
 * {@link PayloadParser} gives the very same bytes: plain text when they are UTF-8 without control
 * characters, text with escapes when only a few control bytes ({@code \r \n \t \0}, others as
 * {@code \xNN}) interrupt UTF-8 text, hex otherwise.
 *
 * @param format how {@code text} is to be read
 * @param text   the payload as typed
 */
public record PayloadText(PayloadFormat format, String text) {

    /** More escapes than this share of the characters, and hex reads better. */
    private static final double MAX_ESCAPED_SHARE = 0.25;

    public static PayloadText of(byte[] bytes) {
        String decoded = utf8(bytes);
        if (decoded == null) {
            return hex(bytes);
        }
        if (decoded.chars().noneMatch(Character::isISOControl)) {
            return new PayloadText(PayloadFormat.TEXT, decoded);
        }
        StringBuilder escaped = new StringBuilder(decoded.length() + 16);
        int escapes = 0;
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            String escape = switch (c) {
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\0' -> "\\0";
                case '\\' -> "\\\\";
                default -> c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : null;
            };
            if (escape == null) {
                escaped.append(c);
            } else {
                escaped.append(escape);
                escapes += c == '\\' ? 0 : 1;
            }
        }
        boolean readable = escapes <= Math.max(2, decoded.length() * MAX_ESCAPED_SHARE)
                && decoded.chars().noneMatch(c -> Character.isISOControl(c) && c > 0x7f);
        return readable ? new PayloadText(PayloadFormat.ESCAPED, escaped.toString()) : hex(bytes);
    }

    private static PayloadText hex(byte[] bytes) {
        return new PayloadText(PayloadFormat.HEX, HexFormat.ofDelimiter(" ").formatHex(bytes));
    }

    private static String utf8(byte[] bytes) {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
