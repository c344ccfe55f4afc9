package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

/** What a rule's pattern is compared with. */
public enum MatchOn {
    /** The message decoded in the rule set's charset; the pattern is text. */
    TEXT,
    /**
     * The message's bytes. For exact / contains / starts / ends the pattern is hex bytes
     * ({@code 01 03}); a regex runs over the message written as lower-case hex pairs separated by
     * single spaces ({@code 01 03 00 0a}), case-insensitively, and its groups give back bytes.
     */
    HEX;

    /** The bundle key of this constant's text; saved files keep {@link #name()}. */
    public String textKey() {
        return "replies.matchOn." + name();
    }

    /** The constant's text in the current language. */
    @Override
    public String toString() {
        return Texts.get(textKey());
    }
}
