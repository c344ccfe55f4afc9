package org.socketworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

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

    private static String missing(CommandLine.MissingParameterException e) {
        List<ArgSpec> missing = e.getMissing();
        if (missing != null && !missing.isEmpty() && missing.getFirst() instanceof OptionSpec option) {
            return CliText.needsValue(option.longestName());
        }
        return e.getMessage();
    }

    private static String tooMany(CommandLine.MaxValuesExceededException e) {
        Matcher flag = FLAG_WITH_VALUE.matcher(e.getMessage());
        return flag.find() ? CliText.takesNoValue(flag.group(1)) : e.getMessage();
    }

    private static String badValue(ParameterException e) {
        if (e.getCause() instanceof OptionValueException refused && e.getArgSpec() instanceof OptionSpec option) {
            return refused.forOption(option.longestName());
        }
        return e.getMessage();
    }
}
