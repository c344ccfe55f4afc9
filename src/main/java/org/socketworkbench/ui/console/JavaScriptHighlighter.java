package org.socketworkbench.ui.console;

import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.socketworkbench.ui.StyleClasses;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The style classes of a JavaScript text: keywords, literals, strings, numbers and comments, in
 * one pass over the text. A pure function of the text, so it can run on any thread (the editor
 * runs it off the FX thread, see {@link Highlighting}).
 *
 * <p>It is a highlighter, not a parser: regular-expression literals are not recognised, and a
 * quote or a template literal's {@code ${...}} is not nested. A string without its closing quote
 * ends at the end of its line (templates excepted), so a stray quote colours one line, not the rest
 * of the script.
 */
public final class JavaScriptHighlighter {

    private static final Set<String> KEYWORDS = Set.of("async", "await", "break", "case", "catch", "class", "const",
            "continue", "debugger", "default", "delete", "do", "else", "export", "extends", "finally", "for",
            "function", "if", "import", "in", "instanceof", "let", "new", "of", "return", "static", "super", "switch",
            "throw", "try", "typeof", "var", "void", "while", "with", "yield");
    private static final Set<String> LITERALS = Set.of("true", "false", "null", "undefined", "this", "NaN", "Infinity"); // i18n-ok: JavaScript's own words
    private static final Collection<String> PLAIN = List.of();
    private static final Collection<String> KEYWORD = List.of(StyleClasses.JS_KEYWORD);
    private static final Collection<String> LITERAL = List.of(StyleClasses.JS_LITERAL);
    private static final Collection<String> STRING = List.of(StyleClasses.JS_STRING);
    private static final Collection<String> NUMBER = List.of(StyleClasses.JS_NUMBER);
    private static final Collection<String> COMMENT = List.of(StyleClasses.JS_COMMENT);

    private JavaScriptHighlighter() {
    }

    /** The style spans of {@code text}, covering all of it (unstyled stretches have no class). */
    public static StyleSpans<Collection<String>> spans(String text) {
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        int plainFrom = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            char c = text.charAt(at);
            char next = at + 1 < length ? text.charAt(at + 1) : 0;
            int end;
            Collection<String> style;
            if (c == '/' && next == '/') {
                end = lineEnd(text, at);
                style = COMMENT;
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", at + 2);
                end = close < 0 ? length : close + 2;
                style = COMMENT;
            } else if (c == '"' || c == '\'' || c == '`') {
                end = stringEnd(text, at, c);
                style = STRING;
            } else if (isDigit(c) || (c == '.' && isDigit(next))) {
                end = numberEnd(text, at);
                style = NUMBER;
            } else if (Character.isJavaIdentifierStart(c)) {
                end = wordEnd(text, at);
                String word = text.substring(at, end);
                style = KEYWORDS.contains(word) ? KEYWORD : LITERALS.contains(word) ? LITERAL : null;
            } else {
                at++;
                continue;
            }
            if (style != null) {
                if (at > plainFrom) {
                    spans.add(PLAIN, at - plainFrom);
                }
                spans.add(style, end - at);
                plainFrom = end;
            }
            at = end;
        }
        // The builder wants at least one span, even for an empty text.
        if (length > plainFrom || length == 0) {
            spans.add(PLAIN, length - plainFrom);
        }
        return spans.create();
    }

    private static int lineEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }

    private static int stringEnd(String text, int from, char quote) {
        int at = from + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == quote) {
                return at + 1;
            }
            if (c == '\n' && quote != '`') {
                return at;
            }
            at++;
        }
        return text.length();
    }

    /** Decimal, hex, octal, binary, separators, a fraction and an exponent with its sign. */
    private static int numberEnd(String text, int from) {
        int at = from;
        while (at < text.length()) {
            char c = text.charAt(at);
            boolean signOfExponent = (c == '+' || c == '-') && at > from
                    && (text.charAt(at - 1) == 'e' || text.charAt(at - 1) == 'E') && !isHex(text, from);
            if (!(Character.isLetterOrDigit(c) || c == '.' || c == '_' || signOfExponent)) {
                break;
            }
            at++;
        }
        return at;
    }

    private static boolean isHex(String text, int from) {
        return from + 1 < text.length() && text.charAt(from) == '0' && (text.charAt(from + 1) | 0x20) == 'x';
    }

    private static int wordEnd(String text, int from) {
        int at = from + 1;
        while (at < text.length() && Character.isJavaIdentifierPart(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
