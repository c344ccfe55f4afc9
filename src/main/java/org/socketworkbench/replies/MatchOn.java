package org.socketworkbench.replies;

/** What a rule's pattern is compared with. */
public enum MatchOn {
    /** The message decoded in the rule set's charset; the pattern is text. */
    TEXT("text"),
    /**
     * The message's bytes. For exact / contains / starts / ends the pattern is hex bytes
     * ({@code 01 03}); a regex runs over the message written as lower-case hex pairs separated by
     * single spaces ({@code 01 03 00 0a}), case-insensitively, and its groups give back bytes.
     */
    HEX("hex bytes");

    private final String label;

    MatchOn(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
