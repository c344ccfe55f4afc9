package org.socketworkbench.cli;

import picocli.CommandLine;

/**
 * The one place where the way a command ended becomes the process exit status. A command that
 * runs to the end returns its own status from {@code call()} (probe 0/1/3/4, run 0/1/124); what
 * goes wrong is mapped here: bad arguments are {@link #USAGE} for every command, a
 * {@link CommandFailure} carries its command's code, anything else is {@link #FAILURE}.
 */
public final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {

    public static final int OK = 0;
    /** An unexpected error (a bug); the stack trace is printed. */
    public static final int FAILURE = 1;
    /** Bad arguments, for every command: unknown command or option, a missing or bad value. */
    public static final int USAGE = 2;

    @Override
    public int getExitCode(Throwable exception) {
        return of(exception);
    }

    public static int of(Throwable exception) {
        return switch (exception) {
            case CommandFailure failure -> failure.exitCode();
            case UsageException _ -> USAGE;
            case CommandLine.ParameterException _ -> USAGE;
            default -> FAILURE;
        };
    }
}
