package org.socketworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Optional;

/**
 * picocli set up the way every Socket Workbench command works: {@code --help} wins over any
 * other problem on the line; otherwise the first bad argument is reported in the project's
 * wording ({@link UsageMessages}) with exit code 2; {@code @file} arguments are plain words
 * (a script may be called {@code @x.js}); help is laid out by {@link UsageLayout}; exit codes
 * come from {@link ExitCodes}.
 */
public final class CommandLines {

    private CommandLines() {
    }

    /** A configured command line for {@code command} (annotated with {@code @Command}) and its subcommands. */
    public static CommandLine create(Object command, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(command);
        configure(commandLine, out, err);
        ErrorReporter errors = new ErrorReporter();
        commandLine.setParameterExceptionHandler(errors);
        commandLine.setExecutionExceptionHandler(errors);
        commandLine.setExitCodeExceptionMapper(new ExitCodes());
        commandLine.setExecutionStrategy(CommandLines::helpOrFirstErrorOrRun);
        return commandLine;
    }

    /** Parses and runs {@code args}; returns the exit code. Output and errors go to the given streams. */
    public static int execute(Object command, PrintStream out, PrintStream err, List<String> args) {
        PrintWriter outWriter = writer(out);
        PrintWriter errWriter = writer(err);
        try {
            return create(command, outWriter, errWriter).execute(args.toArray(String[]::new));
        } finally {
            outWriter.flush();
            errWriter.flush();
        }
    }

    /**
     * Fills {@code command}'s fields from {@code args} without running it.
     *
     * @throws UsageException with the message {@link #execute} would print
     */
    public static <T> T parse(T command, List<String> args) throws UsageException {
        ParseResult result = create(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .parseArgs(args.toArray(String[]::new));
        Optional<ParameterException> error = firstError(result);
        if (error.isPresent()) {
            throw new UsageException(UsageMessages.describe(error.get()));
        }
        return command;
    }

    /** Whether {@code args} ask {@code command} for its help text (whatever else is wrong with them). */
    public static boolean helpRequested(Object command, List<String> args) {
        ParseResult result = create(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .parseArgs(args.toArray(String[]::new));
        return deepest(result).isUsageHelpRequested();
    }

    /** The {@code --help} text of {@code command}. */
    public static String usage(Object command) {
        return create(command, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter())).getUsageMessage();
    }

    private static void configure(CommandLine commandLine, PrintWriter out, PrintWriter err) {
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExpandAtFiles(false);
        // Collect instead of stopping at the first error, so that a --help further on still wins.
        commandLine.getCommandSpec().parser().collectErrors(true);
        UsageLayout.applyTo(commandLine);
        commandLine.getSubcommands().values().forEach(sub -> configure(sub, out, err));
    }

    private static int helpOrFirstErrorOrRun(ParseResult result) {
        Integer help = CommandLine.executeHelpRequest(result);
        if (help != null) {
            return help;
        }
        Optional<ParameterException> error = firstError(result);
        if (error.isPresent()) {
            throw error.get();
        }
        return new CommandLine.RunLast().execute(result);
    }

    private static Optional<ParameterException> firstError(ParseResult result) {
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            for (Exception error : level.errors()) {
                if (error instanceof ParameterException usage) {
                    return Optional.of(usage);
                }
                throw new IllegalStateException("picocli reported a non-usage error", error);
            }
        }
        return Optional.empty();
    }

    private static ParseResult deepest(ParseResult result) {
        ParseResult level = result;
        while (level.hasSubcommand()) {
            level = level.subcommand();
        }
        return level;
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, stream.charset()), true);
    }
}
