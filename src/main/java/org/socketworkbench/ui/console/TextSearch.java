package org.socketworkbench.ui.console;

/**
 * Where a query occurs in a text, ignoring case, searching forwards or backwards from a position
 * and wrapping around the end. No JavaFX: the find bar's logic, tested on its own.
 */
final class TextSearch {

    private TextSearch() {
    }

    /** The first match at or after {@code from}, else the first from the start; -1 if none (or an empty query). */
    static int next(String text, String query, int from) {
        if (query.isEmpty()) {
            return -1;
        }
        int start = Math.clamp(from, 0, text.length());
        for (int at = start; at <= text.length() - query.length(); at++) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                return at;
            }
        }
        for (int at = 0; at < start && at <= text.length() - query.length(); at++) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                return at;
            }
        }
        return -1;
    }

    /** The last match that starts before {@code before}, else the last one of the text; -1 if none. */
    static int previous(String text, String query, int before) {
        if (query.isEmpty()) {
            return -1;
        }
        int last = text.length() - query.length();
        for (int at = Math.min(before - 1, last); at >= 0; at--) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                return at;
            }
        }
        for (int at = last; at >= Math.max(before, 0); at--) {
            if (text.regionMatches(true, at, query, 0, query.length())) {
                return at;
            }
        }
        return -1;
    }
}
