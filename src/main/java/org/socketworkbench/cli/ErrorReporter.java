package org.socketworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Prints what went wrong on standard error, after the command's name ("probe: --ttl needs a
 * value"), with a pointer to {@code --help} for usage errors, and answers the exit code from
 * {@link ExitCodes}. Never a stack trace for the user's mistakes; one for a bug.
 */
final class ErrorReporter implements CommandLine.IParameterExceptionHandler, CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        return usage(e.getCommandLine(), UsageMessages.describe(e));
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        if (e instanceof UsageException usage) {
            return usage(commandLine, usage.getMessage());
        }
        PrintWriter err = commandLine.getErr();
        if (e instanceof CommandFailure) {
            err.println(commandLine.getCommandName() + ": " + e.getMessage());
        } else {
            err.println(commandLine.getCommandName() + ": " + e);
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.of(e);
    }

    static int usage(CommandLine commandLine, String message) {
        PrintWriter err = commandLine.getErr();
        err.println(commandLine.getCommandName() + ": " + message);
        err.println(CliText.helpHint(commandLine.getCommandSpec().qualifiedName(), !commandLine.getSubcommands().isEmpty()));
        err.flush();
        return ExitCodes.USAGE;
    }
}
