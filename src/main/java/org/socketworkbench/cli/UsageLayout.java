package org.socketworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How {@code --help} looks for every command: the synopsis (from the annotation), the
 * description, one row per option ({@code --name LABEL} and its description lines, in
 * declaration order), the subcommands with their headers, and the footer, their words from
 * {@link HelpTexts} in the current language. The layout is the one the README documents: two
 * spaces, the label, three spaces past the longest label. The synopsis is written as it prints
 * (no format string).
 */
final class UsageLayout {

    private static final String INDENT = "  ";
    private static final int GAP = 3;

    private UsageLayout() {
    }

    static void applyTo(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis(help.commandSpec()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION,
                help -> lines(HelpTexts.command(help.commandSpec(), "description")));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> table(help.commandSpec()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer(help.commandSpec()));
        commandLine.setHelpSectionMap(sections);
        commandLine.setHelpSectionKeys(List.copyOf(sections.keySet()));
    }

    private static String synopsis(CommandSpec spec) {
        String[] custom = spec.usageMessage().customSynopsis();
        if (custom.length == 0) {
            return HelpTexts.usageHeading() + spec.qualifiedName() + "\n";
        }
        return HelpTexts.usageHeading() + lines(custom);
    }

    /** The options, then (for a command with subcommands) the commands, aligned on one column. */
    private static String table(CommandSpec spec) {
        List<Row> options = spec.options().stream().filter(o -> !o.hidden()).map(o -> row(spec, o)).toList();
        List<Row> commands = new ArrayList<>();
        spec.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden() && sub.getCommandName().equals(name)) {
                commands.add(new Row(name, HelpTexts.command(sub.getCommandSpec(), "header")));
            }
        });
        int width = GAP + Stream.concat(options.stream(), commands.stream())
                .mapToInt(r -> r.label().length()).max().orElse(0);
        StringBuilder text = new StringBuilder("\n");
        options.forEach(row -> row.appendTo(text, width));
        if (!commands.isEmpty()) {
            text.append('\n').append(HelpTexts.commandsHeading()).append('\n');
            commands.forEach(row -> row.appendTo(text, width));
        }
        return text.toString();
    }

    private static Row row(CommandSpec spec, OptionSpec option) {
        String label = option.arity().max() > 0 ? option.longestName() + " " + option.paramLabel() : option.longestName();
        return new Row(label, HelpTexts.option(spec, option));
    }

    private static String footer(CommandSpec spec) {
        String[] footer = HelpTexts.command(spec, "footer");
        return footer.length == 0 ? "" : "\n" + lines(footer);
    }

    private static String lines(String[] lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(line).append('\n');
        }
        return text.toString();
    }

    private record Row(String label, String[] description) {

        void appendTo(StringBuilder text, int width) {
            if (description.length == 0) {
                text.append(INDENT).append(label).append('\n');
                return;
            }
            text.append(INDENT).append(label).append(" ".repeat(width - label.length())).append(description[0]).append('\n');
            for (int i = 1; i < description.length; i++) {
                text.append(INDENT).append(" ".repeat(width)).append(description[i]).append('\n');
            }
        }
    }
}
