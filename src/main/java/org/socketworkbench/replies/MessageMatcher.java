package org.socketworkbench.replies;

import org.socketworkbench.payloads.CaptureGroups;
import org.socketworkbench.payloads.Captures;

/** A rule's compiled pattern. */
sealed interface MessageMatcher permits BytesMatcher, RegexMatcher {

    /**
     * The captures when {@code body} matches, else null.
     *
     * @throws MatchTimeoutException when a regex runs past {@code deadlineNanos}
     */
    Captures match(byte[] body, long deadlineNanos);

    /** The groups a reply template may use. */
    CaptureGroups groups();
}
