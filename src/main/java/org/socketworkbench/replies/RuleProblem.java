package org.socketworkbench.replies;

import org.socketworkbench.i18n.Texts;

/**
 * Something wrong in a rule set, found while it is edited: which rule (or -1 for the set's own
 * fields), which field, the 0-based index in that field's text where the caret goes, and the
 * message (which says the 1-based position).
 */
public record RuleProblem(int rule, Field field, int index, String message) {

    /** The field a problem is in. */
    public enum Field {
        PATTERN, REPLY, DELAY, CHARSET, DELIMITER, LENGTH, FIXED_REPLY;

        /** The bundle key of the field's name ({@code replies.field.PATTERN}). */
        public String textKey() {
            return "replies.field." + name();
        }
    }

    /** "Rule 3, pattern: Unclosed group at position 4", in the current language. */
    public String describe() {
        String where = Texts.get(field.textKey());
        if (rule >= 0) {
            return Texts.get("replies.problem.inRule", rule + 1, where, message);
        }
        return Texts.get("replies.problem.inSet", Character.toUpperCase(where.charAt(0)) + where.substring(1), message);
    }
}
