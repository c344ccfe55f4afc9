package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns what the user typed into payload bytes, in one of the {@link PayloadFormat}s. Errors are
 * {@link PayloadFormatException}s naming the position and the character.
 */
public final class PayloadParser {

    private static final String HEX_SEPARATORS = " \t\r\n,:";
    

    private PayloadParser() {
    }

    public static byte[] parse(String input, PayloadFormat format) {
        return parse(input, format, StandardCharsets.UTF_8);
    }

    /** As {@link #parse(String, PayloadFormat)}, with text (and the text between escapes) in {@code charset}. */
    public static byte[] parse(String input, PayloadFormat format, Charset charset) {
        return switch (format) {
            case TEXT -> input.getBytes(charset);
            case HEX -> parseHex(input);
            case ESCAPED -> parseEscaped(input, charset);
        };
    }

    /**
     * Hex bytes such as {@code 48 65 6c}, {@code 48,65,6C}, {@code 48:65:6c}, {@code 0x48 0x65}
     * or {@code 48656c}. Each group between separators needs an even number of digits.
     */
    public static byte[] parseHex(String input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length() / 2);
        int i = 0;
        while (i < input.length()) {
            if (HEX_SEPARATORS.indexOf(input.charAt(i)) >= 0) {
                i++;
                continue;
            }
            i = parseHexGroup(input, i, out);
        }
        return out.toByteArray();
    }

    /** One group of digits starting at {@code start}, optionally prefixed by 0x; returns where it ends. */
    private static int parseHexGroup(String input, int start, ByteArrayOutputStream out) {
        int i = start;
        if (input.startsWith("0x", i) || input.startsWith("0X", i)) {
            i += 2;
        }
        int digitsStart = i;
        while (i < input.length() && HEX_SEPARATORS.indexOf(input.charAt(i)) < 0) {
            if (Character.digit(input.charAt(i), 16) < 0 || input.charAt(i) > 0x7f) {
                throw new PayloadFormatException(Texts.get("traffic.parse.notHex"), i, input.charAt(i));
            }
            i++;
        }
        int digits = i - digitsStart;
        if (digits == 0) {
            throw new PayloadFormatException(Texts.get("traffic.parse.emptyPrefix"), start);
        }
        if (digits % 2 != 0) {
            throw new PayloadFormatException(Texts.get("traffic.parse.oddDigits", digits, input.substring(start, i)), start);
        }
        for (int d = digitsStart; d < i; d += 2) {
            out.write(Character.digit(input.charAt(d), 16) << 4 | Character.digit(input.charAt(d + 1), 16));
        }
        return i;
    }

    /** Text (UTF-8) with the escapes {@code \n \r \t \0 \\ \xNN}; any other escape is an error. */
    public static byte[] parseEscaped(String input) {
        return parseEscaped(input, StandardCharsets.UTF_8);
    }

    /** As {@link #parseEscaped(String)}, with the text between escapes in {@code charset}. */
    public static byte[] parseEscaped(String input, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length());
        int textStart = 0;
        int i = 0;
        while (i < input.length()) {
            if (input.charAt(i) != '\\') {
                i++;
                continue;
            }
            out.writeBytes(input.substring(textStart, i).getBytes(charset));
            i = parseEscape(input, i, out);
            textStart = i;
        }
        out.writeBytes(input.substring(textStart).getBytes(charset));
        return out.toByteArray();
    }

    /** The escape whose backslash is at {@code backslash}; returns the index after it. */
    private static int parseEscape(String input, int backslash, ByteArrayOutputStream out) {
        if (backslash + 1 >= input.length()) {
            throw new PayloadFormatException(Texts.get("traffic.parse.trailingBackslash"), backslash);
        }
        char code = input.charAt(backslash + 1);
        switch (code) {
            case 'n' -> out.write('\n');
            case 'r' -> out.write('\r');
            case 't' -> out.write('\t');
            case '0' -> out.write(0);
            case '\\' -> out.write('\\');
            case 'x' -> {
                out.write(parseEscapedHexByte(input, backslash));
                return backslash + 4;
            }
            default -> throw new PayloadFormatException(Texts.get("traffic.parse.unknownEscape", code),
                    backslash + 1, code);
        }
        return backslash + 2;
    }

    private static int parseEscapedHexByte(String input, int backslash) {
        int value = 0;
        for (int i = backslash + 2; i < backslash + 4; i++) {
            if (i >= input.length()) {
                throw new PayloadFormatException(Texts.get("traffic.parse.escapeEnds"), i);
            }
            int digit = input.charAt(i) > 0x7f ? -1 : Character.digit(input.charAt(i), 16);
            if (digit < 0) {
                throw new PayloadFormatException(Texts.get("traffic.parse.escapeDigits"), i, input.charAt(i));
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
