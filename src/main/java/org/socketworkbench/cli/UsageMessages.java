package org.socketworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what picocli reports about bad arguments into the project's wording, the same for every
 * command: "unknown option '--bogus'", "--ttl needs a value", "--send-only takes no value", and
 * for a value a converter refused, the option's name followed by the converter's phrase.
 */
final class UsageMessages {

    /** picocli has no accessor for the flag given a value ("--send-only=true"), only this text. */
    private static final Pattern FLAG_WITH_VALUE = Pattern.compile("option '([^']+)' should be specified without");

    private static final String REQUIRED_OPTION_LEFT_OUT = "Missing required option";

    private UsageMessages() {
    }

    static String describe(ParameterException e) {
        return switch (e) {
            case CommandLine.UnmatchedArgumentException unmatched -> unmatched(unmatched);
            case CommandLine.MissingParameterException missing -> missing(missing);
            case CommandLine.MaxValuesExceededException tooMany -> tooMany(tooMany);
            default -> badValue(e);
        };
    }

    private static String unmatched(CommandLine.UnmatchedArgumentException e) {
        String argument = e.getUnmatched().getFirst();
        boolean command = !argument.startsWith("-") && !e.getCommandLine().getSubcommands().isEmpty();
        String message = command ? CliText.unknownCommand(argument) : CliText.unknownOption(argument);
        return CliText.didYouMean(message, e.getSuggestions());
    }

    /**
     * An option given without its value ("--ttl" at the end), or arguments and required options
     * not given at all ("missing PORT, DATA"). picocli tells the two apart only in its English
     * text: a required option left out reads "Missing required option".
     */
    private static String missing(CommandLine.MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        if (missing == null || missing.isEmpty()) {
            return e.getMessage();
        }
        boolean leftOut = e.getMessage() != null && e.getMessage().startsWith(REQUIRED_OPTION_LEFT_OUT);
        if (!leftOut && missing.size() == 1 && missing.getFirst() instanceof OptionSpec option) {
            return CliText.needsValue(option.longestName());
        }
        return CliText.missing(missing.stream()
                .map(arg -> arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel()).toList());
    }

    private static String tooMany(CommandLine.MaxValuesExceededException e) {
        Matcher flag = FLAG_WITH_VALUE.matcher(e.getMessage());
        return flag.find() ? CliText.takesNoValue(flag.group(1)) : e.getMessage();
    }

    /**
     * A value an option or argument refused, named as the help names it: "--ttl: 300 is outside
     * 0..255", "PORT: 'x' is not a whole number". picocli's own refusals (a choice outside an
     * enum's, a type it converts itself) get the project's wording with the allowed choices.
     */
    private static String badValue(ParameterException e) {
        ArgSpec arg = e.getArgSpec();
        if (arg == null) {
            return e.getMessage();
        }
        String name = arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
        if (e.getCause() instanceof OptionValueException refused) {
            return refused.forOption(name);
        }
        List<String> choices = new ArrayList<>();
        if (arg.completionCandidates() != null) {
            arg.completionCandidates().forEach(choices::add);
        }
        String value = e.getValue() == null ? "" : e.getValue();
        return choices.isEmpty() ? CliText.invalidValue(name, value) : CliText.notAChoice(name, value, choices);
    }
}
