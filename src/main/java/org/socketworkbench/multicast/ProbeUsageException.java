package org.socketworkbench.multicast;

/** Bad {@code probe} arguments; the message says what is wrong in words a user understands. Exit code 2. */
public final class ProbeUsageException extends Exception {

    public ProbeUsageException(String message) {
        super(message);
    }
}
