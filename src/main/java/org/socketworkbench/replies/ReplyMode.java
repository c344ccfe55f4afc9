package org.socketworkbench.replies;

/** What a socket with a rule set answers. */
public enum ReplyMode {
    /** Every message comes back as it arrived. */
    ECHO("echo"),
    /** Every message gets the same reply template. */
    FIXED("fixed reply"),
    /** The ordered rules decide. */
    RULES("rules");

    private final String label;

    ReplyMode(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
