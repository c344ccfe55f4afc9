package org.socketworkbench.engine.internal;

/**
 * ASCII-only text helpers with Chromium's semantics ({@code base::ToLowerASCII},
 * {@code base::IsAsciiWhitespace}). Java's locale-aware case mapping would also fold non-ASCII
 * letters and can change a string's length, which Chrome never does.
 */
public final class Ascii {

    private Ascii() {
    }

    /** Lower-cases {@code A}-{@code Z} and leaves every other character alone. */
    public static String toLowerCase(String text) {
        StringBuilder lower = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                if (lower == null) {
                    lower = new StringBuilder(text);
                }
                lower.setCharAt(i, (char) (c + ('a' - 'A')));
            }
        }
        return lower == null ? text : lower.toString();
    }

    /** Space, tab, line feed, vertical tab, form feed or carriage return. */
    public static boolean isWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** Whether the text is non-empty and its first or last character is ASCII whitespace. */
    public static boolean startsOrEndsWithWhitespace(String text) {
        return !text.isEmpty() && (isWhitespace(text.charAt(0)) || isWhitespace(text.charAt(text.length() - 1)));
    }

    /** The text without leading and trailing ASCII whitespace. */
    public static String trimWhitespace(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
