package org.socketworkbench.traffic;

/** How the user typed a payload (in the composer, or as the traffic filter's content). */
public enum PayloadFormat {
    /** Plain text, sent as UTF-8. */
    TEXT("Text"),
    /** Hex bytes; spaces, commas, colons, newlines and {@code 0x} prefixes are allowed. */
    HEX("Hex"),
    /** Text with escapes: {@code \n \r \t \0 \\ \xNN}. */
    ESCAPED("Text with escapes");

    private final String label;

    PayloadFormat(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
