package org.socketworkbench.cli;

/**
 * A command could not do its work for a reason it has an exit code for (a socket that cannot be
 * joined, a script that cannot be read). {@link ExitCodes} turns it into the process status; the
 * message is printed after the command's name on standard error.
 */
public final class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
