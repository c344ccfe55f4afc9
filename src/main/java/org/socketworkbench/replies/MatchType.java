package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

/** How a rule's pattern is compared with a message. */
public enum MatchType {
    EXACT,
    CONTAINS,
    STARTS_WITH,
    ENDS_WITH,
    /** A java.util.regex pattern, found anywhere in the message (anchor it with ^ and $). */
    REGEX;

    /** The bundle key of this constant's text; saved files keep {@link #name()}. */
    public String textKey() {
        return "replies.matchType." + name();
    }

    /** The constant's text in the current language. */
    @Override
    public String toString() {
        return Texts.get(textKey());
    }
}
