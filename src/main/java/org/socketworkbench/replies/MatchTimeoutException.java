package org.socketworkbench.replies;

/** A regex took longer than its time limit on one message; the rule is skipped for it. */
final class MatchTimeoutException extends RuntimeException {

    MatchTimeoutException() {
        super(null, null, false, false);
    }
}
