package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

/** How the user typed a payload (in the composer, or as the traffic filter's content). */
public enum PayloadFormat {
    /** Plain text, sent as UTF-8. */
    TEXT,
    /** Hex bytes; spaces, commas, colons, newlines and {@code 0x} prefixes are allowed. */
    HEX,
    /** Text with escapes: {@code \n \r \t \0 \\ \xNN}. */
    ESCAPED;

    /** The bundle key of this constant's text; saved files keep {@link #name()}. */
    public String textKey() {
        return "traffic.payloadFormat." + name();
    }

    /** The constant's text in the current language. */
    @Override
    public String toString() {
        return Texts.get(textKey());
    }
}
