package org.socketworkbench.cli;

/** Every user-visible string of the shared command-line machinery, in one place. */
final class CliText {

    private CliText() {
    }

    static String notAWholeNumber(String value) {
        return "'" + value + "' is not a whole number";
    }

    static String outside(int value, int min, int max) {
        return value + " is outside " + min + ".." + max;
    }

    static String notSeconds(String value) {
        return "'" + value + "' is not a number of seconds";
    }

    static String notPositive(String value) {
        return value + " must be more than 0 seconds";
    }

    static String underAMillisecond(String value) {
        return value + " is shorter than a millisecond";
    }

    static String overAYear(String value, long maxSeconds) {
        return value + " is longer than " + maxSeconds + " seconds (a year)";
    }

    static String outsideTimeLimit(String value, long maxSeconds) {
        return value + " is not allowed: give 0 (no limit) or 0.001 to " + maxSeconds + " seconds (a year)";
    }

    static String needsNonEmpty() {
        return "needs a non-empty value";
    }

    static String onOrOff(String value) {
        return "takes on or off, not '" + value + "'";
    }

    static String needsValue(String option) {
        return option + " needs a value";
    }

    static String takesNoValue(String option) {
        return option + " takes no value";
    }

    static String unknownOption(String argument) {
        return "unknown option '" + argument + "'";
    }

    static String unknownCommand(String argument) {
        return "unknown command '" + argument + "'";
    }

    static String didYouMean(String message, java.util.List<String> suggestions) {
        return suggestions.isEmpty() ? message : message + "; did you mean " + String.join(" or ", suggestions) + "?";
    }

    static String helpHint(String qualifiedName, boolean hasCommands) {
        return "Run '" + qualifiedName + " --help' for the " + (hasCommands ? "commands." : "options.");
    }
}
