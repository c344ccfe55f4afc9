package org.socketworkbench.sockets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The socket list's quick filter: words typed by the user, each of which must match the row's
 * local or peer address, its state or its type ("127.0.0.1", "closed", "server", "::1"). A word
 * written as {@code :port} matches that local or peer port exactly, so {@code :80} does not show
 * port 8080. Cheap enough to run for every changed row on every pulse: no regular expressions,
 * the query is split and lower-cased once.
 */
public final class SocketFilter {

    /** The filter that shows everything. */
    public static final SocketFilter ALL = new SocketFilter("");

    private final String query;
    private final List<String> words;

    private SocketFilter(String query) {
        this.query = query;
        this.words = Arrays.stream(query.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
    }

    public static SocketFilter of(String query) {
        return query == null || query.isBlank() ? ALL : new SocketFilter(query);
    }

    /** Whether it lets every row through. */
    public boolean isEmpty() {
        return words.isEmpty();
    }

    public String query() {
        return query;
    }

    public boolean matches(SocketRow row) {
        for (String word : words) {
            if (!matches(row, word)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(SocketRow row, String word) {
        if (word.length() > 1 && word.charAt(0) == ':' && word.chars().skip(1).allMatch(Character::isDigit)) {
            String port = word.substring(1);
            return port(row.local()).equals(port) || port(row.peer()).equals(port);
        }
        return contains(row.local(), word) || contains(row.peer(), word) || stateMatches(row.status(), word)
                || contains(row.typeLabel(), word);
    }

    /**
     * A state matches by the start of its name or of a word in it: "closed" finds "peer closed its
     * side"; its English name matches in every language, and so does its name in the current one.
     */
    private static boolean stateMatches(SocketStatus status, String word) {
        return nameMatches(status.label(), word) || nameMatches(status.text().toLowerCase(Locale.ROOT), word);
    }

    private static boolean nameMatches(String name, String word) {
        for (String part : name.split(" ")) {
            if (part.startsWith(word)) {
                return true;
            }
        }
        return name.startsWith(word);
    }

    private static boolean contains(String text, String word) {
        return text.toLowerCase(Locale.ROOT).contains(word);
    }

    /** The port of "127.0.0.1:80" or "[::1]:80"; "" when there is none. */
    private static String port(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        return colon < 0 || endpoint.endsWith("]") ? "" : endpoint.substring(colon + 1);
    }
}
