package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

/** How a TCP stream is cut into messages before the rules see them (TCP keeps no boundaries). */
public enum FramingMode {
    /** Whatever one read returned is one message (simple, but a slow sender splits messages). */
    PER_READ,
    /** Messages end with a delimiter such as \r\n; the rules see them without it. */
    DELIMITER,
    /** Every message has the same number of bytes. */
    FIXED_LENGTH;

    /** The bundle key of this constant's text; saved files keep {@link #name()}. */
    public String textKey() {
        return "replies.framing." + name();
    }

    /** The constant's text in the current language. */
    @Override
    public String toString() {
        return Texts.get(textKey());
    }
}
