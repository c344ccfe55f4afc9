package org.socketworkbench.replies;

/**
 * Something wrong in a rule set, found while it is edited: which rule (or -1 for the set's own
 * fields), which field, the 0-based index in that field's text where the caret goes, and the
 * message (which says the 1-based position).
 */
public record RuleProblem(int rule, Field field, int index, String message) {

    /** The field a problem is in. */
    public enum Field {
        PATTERN, REPLY, DELAY, CHARSET, DELIMITER, LENGTH, FIXED_REPLY
    }

    /** "Rule 3, pattern: Unclosed group at position 4" */
    public String describe() {
        String where = rule >= 0 ? "Rule " + (rule + 1) + ", " + field.name().toLowerCase().replace('_', ' ')
                : field.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(where.charAt(0)) + where.substring(1) + ": " + message;
    }
}
