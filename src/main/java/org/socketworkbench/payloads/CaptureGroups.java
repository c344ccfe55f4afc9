package org.socketworkbench.payloads;

import java.util.Set;

/**
 * Which captures a reply template may use: the groups its rule's pattern has. {@code $0} (the
 * whole match) is always there; a {@code $n} beyond {@code count} or a {@code ${name}} the
 * pattern lacks is a compile error at its position.
 *
 * @param count the number of numbered groups
 * @param names the named groups
 */
public record CaptureGroups(int count, Set<String> names) {

    /** A pattern without groups (exact, contains, starts with, ends with). */
    public static final CaptureGroups WHOLE_MATCH_ONLY = new CaptureGroups(0, Set.of());

    public CaptureGroups {
        names = Set.copyOf(names);
    }
}
