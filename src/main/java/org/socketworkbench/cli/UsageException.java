package org.socketworkbench.cli;

/**
 * Arguments that parse but do not fit together ("--send-only and --receive-only exclude each
 * other"); the message says what is wrong in words a user understands. Exit code
 * {@link ExitCodes#USAGE}, like every other usage error.
 */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
