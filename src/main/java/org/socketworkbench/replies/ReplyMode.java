package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

/** What a socket with a rule set answers. */
public enum ReplyMode {
    /** Every message comes back as it arrived. */
    ECHO,
    /** Every message gets the same reply template. */
    FIXED,
    /** The ordered rules decide. */
    RULES;

    /** The bundle key of this constant's text; saved files keep {@link #name()}. */
    public String textKey() {
        return "replies.mode." + name();
    }

    /** The constant's text in the current language. */
    @Override
    public String toString() {
        return Texts.get(textKey());
    }
}
