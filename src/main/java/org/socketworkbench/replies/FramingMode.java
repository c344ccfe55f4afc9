package org.socketworkbench.replies;

/** How a TCP stream is cut into messages before the rules see them (TCP keeps no boundaries). */
public enum FramingMode {
    /** Whatever one read returned is one message (simple, but a slow sender splits messages). */
    PER_READ("per read"),
    /** Messages end with a delimiter such as \r\n; the rules see them without it. */
    DELIMITER("by delimiter"),
    /** Every message has the same number of bytes. */
    FIXED_LENGTH("by fixed length");

    private final String label;

    FramingMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
