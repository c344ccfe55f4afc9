package org.socketworkbench.cli;

import org.socketworkbench.i18n.Texts;

import java.util.List;

/**
 * Every message of the shared command-line machinery about bad arguments, from the cli bundle
 * ({@code cli.error.*}) in the language of the help: the OS language.
 */
final class CliText {

    private CliText() {
    }

    static String notAWholeNumber(String value) {
        return Texts.get("cli.error.notAWholeNumber", value);
    }

    static String outside(int value, int min, int max) {
        return Texts.get("cli.error.outside", value, min, max);
    }

    static String notSeconds(String value) {
        return Texts.get("cli.error.notSeconds", value);
    }

    static String notPositive(String value) {
        return Texts.get("cli.error.notPositive", value);
    }

    static String underAMillisecond(String value) {
        return Texts.get("cli.error.underAMillisecond", value);
    }

    static String overAYear(String value, long maxSeconds) {
        return Texts.get("cli.error.overAYear", value, maxSeconds);
    }

    static String outsideTimeLimit(String value, long maxSeconds) {
        return Texts.get("cli.error.outsideTimeLimit", value, maxSeconds);
    }

    static String needsNonEmpty() {
        return Texts.get("cli.error.needsNonEmpty");
    }

    static String onOrOff(String value) {
        return Texts.get("cli.error.onOrOff", value);
    }

    static String needsValue(String option) {
        return Texts.get("cli.error.needsValue", option);
    }

    static String invalidValue(String name, String value) {
        return Texts.get("cli.error.invalidValue", name, value);
    }

    static String notAChoice(String name, String value, List<String> choices) {
        return Texts.get("cli.error.notAChoice", name, value, String.join(", ", choices));
    }

    /** Arguments or required options not given: "missing PORT, DATA". */
    static String missing(List<String> names) {
        return Texts.get("cli.error.missing", String.join(", ", names));
    }

    static String takesNoValue(String option) {
        return Texts.get("cli.error.takesNoValue", option);
    }

    static String unknownOption(String argument) {
        return Texts.get("cli.error.unknownOption", argument);
    }

    static String unknownCommand(String argument) {
        return Texts.get("cli.error.unknownCommand", argument);
    }

    static String didYouMean(String message, List<String> suggestions) {
        return suggestions.isEmpty() ? message
                : Texts.get("cli.error.didYouMean", message, String.join(Texts.get("cli.error.or"), suggestions));
    }

    static String helpHint(String qualifiedName, boolean hasCommands) {
        return Texts.get(hasCommands ? "cli.error.hint.commands" : "cli.error.hint.options", qualifiedName);
    }
}
