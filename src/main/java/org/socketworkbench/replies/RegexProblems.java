package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Why a regex does not compile, in the user's language. {@link PatternSyntaxException} describes
 * it in English only; the descriptions people meet most have a key, the rare rest is quoted
 * inside a sentence in the user's language.
 */
final class RegexProblems {

    /** The JDK's description (java.util.regex.Pattern#error) and its key. */
    private static final Map<String, String> KEYS = Map.of(
            "Unclosed group", "replies.regex.unclosedGroup", // i18n-ok: the JDK's own text, matched
            "Unclosed character class", "replies.regex.unclosedClass", // i18n-ok: the JDK's own text, matched
            "Unmatched closing ')'", "replies.regex.unmatchedParen", // i18n-ok: the JDK's own text, matched
            "Illegal repetition", "replies.regex.illegalRepetition", // i18n-ok: the JDK's own text, matched
            "Illegal/unsupported escape sequence", "replies.regex.illegalEscape"); // i18n-ok: the JDK's own text, matched
    private static final String DANGLING = "Dangling meta character '"; // i18n-ok: the JDK's own text, matched

    private RegexProblems() {
    }

    static String describe(PatternSyntaxException e) {
        String description = e.getDescription();
        String key = KEYS.get(description);
        if (key != null) {
            return Texts.get(key);
        }
        if (description.startsWith(DANGLING) && description.length() == DANGLING.length() + 2) {
            return Texts.get("replies.regex.danglingMeta", description.charAt(DANGLING.length()));
        }
        return Texts.get("replies.regex.other", description);
    }
}
