package org.socketworkbench.engine.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Writes a parsed JSON value the way Chromium's {@code base::JSONWriter} does, because Chrome
 * quotes the offending item in that form in manifest warnings ({@code Permission '"tcp-connect:x"'
 * is unknown or URL pattern is malformed.}).
 *
 * <p>Compact output; object keys sorted by code point (Chrome's dictionaries are sorted maps);
 * strings escaped with {@code \b \f \n \r \t \\ \"}, {@code <} as {@code \u003C}, U+2028 and
 * U+2029 escaped, other control characters as upper-case {@code \}{@code uXXXX}, unpaired
 * surrogates replaced by U+FFFD, everything else written as is. Numbers: Chrome stores integers
 * that fit 32 bits as integers and everything else as doubles, which it writes in JavaScript's
 * shortest form with {@code .0} added when there is no fraction or exponent ({@code 1.5},
 * {@code 3000000000.0}, {@code 1e+21}). Known gap: for a handful of subnormal numbers Java's
 * {@code Double.toString} keeps two digits where one would do ({@code 4.9e-324}, JavaScript
 * {@code 5e-324}); we print Java's digits.
 */
public final class ChromeJsonText {

    private static final Comparator<String> BY_CODE_POINT =
            (a, b) -> Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());

    private ChromeJsonText() {
    }

    /** The JSON text of {@code value}, one of the types {@link Json#parse} returns. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        switch (value) {
            case null -> out.append("null");
            case Boolean bool -> out.append(bool);
            case String text -> appendString(out, text);
            case Long number -> appendInteger(out, number);
            case Integer number -> appendInteger(out, number.longValue());
            case Double number -> out.append(doubleText(number));
            case List<?> list -> appendList(out, list);
            case Map<?, ?> map -> appendMap(out, map);
            default -> throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
        }
    }

    private static void appendInteger(StringBuilder out, long number) {
        boolean fitsChromeInteger = number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
        out.append(fitsChromeInteger ? Long.toString(number) : doubleText((double) number));
    }

    private static void appendList(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    private static void appendMap(StringBuilder out, Map<?, ?> map) {
        List<String> keys = new ArrayList<>();
        for (Object key : map.keySet()) {
            keys.add((String) key);
        }
        keys.sort(BY_CODE_POINT);
        out.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, keys.get(i));
            out.append(':');
            append(out, map.get(keys.get(i)));
        }
        out.append('}');
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            switch (codePoint) {
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '<' -> out.append("\\u003C");
                case 0x2028 -> out.append("\\u2028");
                case 0x2029 -> out.append("\\u2029");
                default -> {
                    if (codePoint < 0x20) {
                        out.append(String.format("\\u%04X", codePoint));
                    } else if (codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint)) {
                        out.append('\uFFFD');
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                }
            }
        }
        out.append('"');
    }

    /** JavaScript's Number-to-String (Chrome's {@code NumberToString(double)}), plus {@code .0}. */
    static String doubleText(double value) {
        String text = value == 0 ? "0" : (value < 0 ? "-" : "") + shortestPositive(Math.abs(value));
        boolean looksIntegral = text.indexOf('.') < 0 && text.indexOf('e') < 0;
        return looksIntegral ? text + ".0" : text;
    }

    private static String shortestPositive(double value) {
        BigDecimal shortest = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + exponent;
    }
}
