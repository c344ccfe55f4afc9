package org.socketworkbench.engine.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON parser (RFC 8259) for manifest files.
 *
 * <p>Values map to: object &rarr; unmodifiable {@code Map<String, Object>} in document order;
 * array &rarr; unmodifiable {@code List<Object>}; string &rarr; {@code String}; number &rarr;
 * {@code Long} when written without fraction or exponent and within {@code long} range, else
 * {@code Double}; {@code true}/{@code false} &rarr; {@code Boolean}; {@code null} &rarr; Java
 * {@code null}.
 *
 * <p>Strict means: no comments, no trailing commas, no single quotes, no unescaped control
 * characters, no lone surrogate escapes, no duplicate keys in one object (Chrome keeps the last one
 * silently; we refuse rather than lose one), no numbers outside the range of a double, nesting at
 * most {@value #MAX_DEPTH} deep (Chrome's limit). A leading byte-order mark is skipped. Every
 * error is a {@link JsonSyntaxException} that names the problem and its line and column.
 */
public final class Json {

    static final int MAX_DEPTH = 200;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON document. */
    public static Object parse(String text) {
        Json parser = new Json(text);
        if (text.startsWith("\uFEFF")) {
            parser.pos = 1;
        }
        parser.skipWhitespace();
        Object value = parser.parseValue(0);
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.error("Unexpected " + parser.describeCurrent() + " after the end of the JSON value");
        }
        return value;
    }

    private Object parseValue(int depth) {
        if (pos >= text.length()) {
            throw error("Unexpected end of input where a value was expected");
        }
        char c = text.charAt(pos);
        return switch (c) {
            case '{' -> parseObject(depth + 1);
            case '[' -> parseArray(depth + 1);
            case '"' -> parseString();
            case 't' -> parseLiteral("true", Boolean.TRUE);
            case 'f' -> parseLiteral("false", Boolean.FALSE);
            case 'n' -> parseLiteral("null", null);
            case '/' -> throw error("Comments are not allowed in JSON");
            default -> {
                if (c == '-' || isDigit(c)) {
                    yield parseNumber();
                }
                throw error("Unexpected " + describeCurrent() + " where a value was expected");
            }
        };
    }

    private Map<String, Object> parseObject(int depth) {
        checkDepth(depth);
        pos++;
        Map<String, Object> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek('}')) {
            pos++;
            return Collections.unmodifiableMap(members);
        }
        while (true) {
            if (!peek('"')) {
                throw error(members.isEmpty()
                        ? "Expected a string key or '}' but found " + describeCurrent()
                        : "Expected a string key after ',' but found " + describeCurrent()
                                + (peek('}') ? " (trailing commas are not allowed)" : ""));
            }
            int keyStart = pos;
            String key = parseString();
            if (members.containsKey(key)) {
                throw errorAt(keyStart, "Duplicate key '" + key + "' in one object");
            }
            skipWhitespace();
            expect(':', "Expected ':' after the key '" + key + "'");
            skipWhitespace();
            members.put(key, parseValue(depth));
            skipWhitespace();
            if (peek(',')) {
                pos++;
                skipWhitespace();
            } else if (peek('}')) {
                pos++;
                return Collections.unmodifiableMap(members);
            } else {
                throw error("Expected ',' or '}' after an object member but found " + describeCurrent());
            }
        }
    }

    private List<Object> parseArray(int depth) {
        checkDepth(depth);
        pos++;
        List<Object> elements = new ArrayList<>();
        skipWhitespace();
        if (peek(']')) {
            pos++;
            return Collections.unmodifiableList(elements);
        }
        while (true) {
            if (peek(']')) {
                throw error("Expected a value after ',' but found ']' (trailing commas are not allowed)");
            }
            elements.add(parseValue(depth));
            skipWhitespace();
            if (peek(',')) {
                pos++;
                skipWhitespace();
            } else if (peek(']')) {
                pos++;
                return Collections.unmodifiableList(elements);
            } else {
                throw error("Expected ',' or ']' after an array element but found " + describeCurrent());
            }
        }
    }

    private String parseString() {
        int start = pos;
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw errorAt(start, "Unterminated string");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c == '\\') {
                appendEscape(out);
            } else if (c < 0x20) {
                throw error("Control character " + describeCurrent() + " must be escaped in a string");
            } else {
                out.append(c);
                pos++;
            }
        }
    }

    private void appendEscape(StringBuilder out) {
        int escapeStart = pos;
        pos++;
        if (pos >= text.length()) {
            throw errorAt(escapeStart, "Unterminated escape sequence");
        }
        char c = text.charAt(pos);
        pos++;
        switch (c) {
            case '"', '\\', '/' -> out.append(c);
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'n' -> out.append('\n');
            case 'r' -> out.append('\r');
            case 't' -> out.append('\t');
            case 'u' -> appendUnicodeEscape(out, escapeStart);
            default -> throw errorAt(escapeStart, "Invalid escape sequence '\\" + c + "'");
        }
    }

    private void appendUnicodeEscape(StringBuilder out, int escapeStart) {
        char unit = readHex4(escapeStart);
        if (Character.isLowSurrogate(unit)) {
            throw errorAt(escapeStart, "Unpaired surrogate escape \\u" + hex(unit));
        }
        if (Character.isHighSurrogate(unit)) {
            int lowStart = pos;
            if (!text.startsWith("\\u", pos)) {
                throw errorAt(escapeStart, "High surrogate escape \\u" + hex(unit) + " must be followed by a \\u low surrogate");
            }
            pos += 2;
            char low = readHex4(lowStart);
            if (!Character.isLowSurrogate(low)) {
                throw errorAt(lowStart, "Expected a low surrogate escape after \\u" + hex(unit) + " but found \\u" + hex(low));
            }
            out.append(unit).append(low);
            return;
        }
        out.append(unit);
    }

    private char readHex4(int escapeStart) {
        if (pos + 4 > text.length()) {
            throw errorAt(escapeStart, "A \\u escape needs four hexadecimal digits");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            char c = text.charAt(pos + i);
            int digit = c < 0x80 ? Character.digit(c, 16) : -1;
            if (digit < 0) {
                throw errorAt(escapeStart, "A \\u escape needs four hexadecimal digits");
            }
            value = value * 16 + digit;
        }
        pos += 4;
        return (char) value;
    }

    private Object parseNumber() {
        int start = pos;
        if (peek('-')) {
            pos++;
        }
        if (!peekDigit()) {
            throw error("Expected a digit after '-' but found " + describeCurrent());
        }
        if (peek('0') && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            throw error("Leading zeros are not allowed in numbers");
        }
        skipDigits();
        boolean integral = true;
        if (peek('.')) {
            integral = false;
            pos++;
            if (!peekDigit()) {
                throw error("Expected a digit after the decimal point but found " + describeCurrent());
            }
            skipDigits();
        }
        if (peek('e') || peek('E')) {
            integral = false;
            pos++;
            if (peek('+') || peek('-')) {
                pos++;
            }
            if (!peekDigit()) {
                throw error("Expected a digit in the exponent but found " + describeCurrent());
            }
            skipDigits();
        }
        String literal = text.substring(start, pos);
        if (integral) {
            try {
                return Long.parseLong(literal);
            } catch (NumberFormatException beyondLong) {
                // falls through to double, as Chrome stores large integers
            }
        }
        double value = Double.parseDouble(literal);
        if (Double.isInfinite(value)) {
            throw errorAt(start, "Number " + literal + " is too large");
        }
        return value;
    }

    private Object parseLiteral(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("Unexpected " + describeCurrent() + " where a value was expected");
        }
        pos += word.length();
        return value;
    }

    private void checkDepth(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("Nesting is deeper than " + MAX_DEPTH + " levels");
        }
    }

    private void expect(char expected, String message) {
        if (!peek(expected)) {
            throw error(message + " but found " + describeCurrent());
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void skipDigits() {
        while (peekDigit()) {
            pos++;
        }
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private boolean peekDigit() {
        return pos < text.length() && isDigit(text.charAt(pos));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private String describeCurrent() {
        if (pos >= text.length()) {
            return "the end of the input";
        }
        char c = text.charAt(pos);
        if (c == '\'') {
            return "''' (JSON strings need double quotes)";
        }
        return c < 0x20 || c == 0x7F || Character.isSurrogate(c) ? "character U+" + hex(c) : "'" + c + "'";
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }

    private JsonSyntaxException error(String problem) {
        return errorAt(pos, problem);
    }

    private JsonSyntaxException errorAt(int offset, String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new JsonSyntaxException(problem, offset, line, offset - lineStart + 1);
    }
}
