package org.socketworkbench.cli;

import org.socketworkbench.i18n.Texts;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The words of {@code --help}, from the {@code cli} bundle in the current language (the OS
 * language, unless a test chose one): {@code cli.<command>.header}, {@code .description} and
 * {@code .footer}, {@code cli.<command>.<option>} by the option's longest name without its
 * dashes, or {@code cli.<option>} for one every command has ({@code --help}). A value's lines are
 * separated by a newline. The option names, the synopsis and the exit codes stay as written:
 * they are what people and scripts type and read back.
 */
final class HelpTexts {

    private static final String BUNDLE = "cli.";

    private HelpTexts() {
    }

    /** A section of {@code spec}'s help ({@code header}, {@code description}, {@code footer}); empty when it has none. */
    static String[] command(CommandSpec spec, String section) {
        String key = BUNDLE + spec.name() + "." + section;
        return Texts.has(key) ? lines(Texts.get(key)) : new String[0];
    }

    /** The description of {@code option} in {@code spec}'s help; the key names it when it has none, so a gap shows. */
    static String[] option(CommandSpec spec, OptionSpec option) {
        String name = option.longestName().replaceFirst("^-+", "");
        String own = BUNDLE + spec.name() + "." + name;
        return lines(Texts.get(Texts.has(own) ? own : BUNDLE + name));
    }

    static String usageHeading() {
        return Texts.get(BUNDLE + "usage");
    }

    static String commandsHeading() {
        return Texts.get(BUNDLE + "commands");
    }

    private static String[] lines(String text) {
        return text.split("\n");
    }
}
