package org.socketworkbench.replies;

/** How a rule's pattern is compared with a message. */
public enum MatchType {
    EXACT("is exactly"),
    CONTAINS("contains"),
    STARTS_WITH("starts with"),
    ENDS_WITH("ends with"),
    /** A java.util.regex pattern, found anywhere in the message (anchor it with ^ and $). */
    REGEX("matches regex");

    private final String label;

    MatchType(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
