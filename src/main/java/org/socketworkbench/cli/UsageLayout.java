package org.socketworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How {@code --help} looks for every command, drawn from the command's annotations: the
 * synopsis, the description, one row per option ({@code --name LABEL} and its description
 * lines, in declaration order), the subcommands with their headers, and the footer. The layout
 * is the one the README documents: two spaces, the label, three spaces past the longest label.
 * Texts are format strings, as everywhere in picocli: write {@code %%} for a percent sign.
 */
final class UsageLayout {

    private static final String INDENT = "  ";
    private static final int GAP = 3;

    private UsageLayout() {
    }

    static void applyTo(CommandLine commandLine) {
        Map<String, CommandLine.IHelpSectionRenderer> sections = new LinkedHashMap<>();
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis(help.commandSpec()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_DESCRIPTION, help -> lines(help.commandSpec().usageMessage().description()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> table(help.commandSpec()));
        sections.put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> footer(help.commandSpec()));
        commandLine.setHelpSectionMap(sections);
        commandLine.setHelpSectionKeys(List.copyOf(sections.keySet()));
    }

    private static String synopsis(CommandSpec spec) {
        String[] custom = spec.usageMessage().customSynopsis();
        if (custom.length == 0) {
            return CliText.USAGE_HEADING + spec.qualifiedName() + "\n";
        }
        return CliText.USAGE_HEADING + lines(custom);
    }

    /** The options, then (for a command with subcommands) the commands, aligned on one column. */
    private static String table(CommandSpec spec) {
        List<Row> options = spec.options().stream().filter(o -> !o.hidden()).map(UsageLayout::row).toList();
        List<Row> commands = new ArrayList<>();
        spec.subcommands().forEach((name, sub) -> {
            if (!sub.getCommandSpec().usageMessage().hidden() && sub.getCommandName().equals(name)) {
                commands.add(new Row(name, formatted(sub.getCommandSpec().usageMessage().header())));
            }
        });
        int width = GAP + Stream.concat(options.stream(), commands.stream())
                .mapToInt(r -> r.label().length()).max().orElse(0);
        StringBuilder text = new StringBuilder("\n");
        options.forEach(row -> row.appendTo(text, width));
        if (!commands.isEmpty()) {
            text.append('\n').append(CliText.COMMANDS_HEADING).append('\n');
            commands.forEach(row -> row.appendTo(text, width));
        }
        return text.toString();
    }

    private static Row row(OptionSpec option) {
        String label = option.arity().max() > 0 ? option.longestName() + " " + option.paramLabel() : option.longestName();
        return new Row(label, option.description()); // picocli has already formatted these
    }

    private static String footer(CommandSpec spec) {
        String[] footer = spec.usageMessage().footer();
        return footer.length == 0 ? "" : "\n" + lines(footer);
    }

    private static String lines(String[] lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            text.append(formatted(line)).append('\n');
        }
        return text.toString();
    }

    /**
     * picocli formats usage texts (so {@code %%} is a percent sign); it hands out option
     * descriptions formatted, the command's texts as written, so these we format ourselves.
     */
    private static String formatted(String text) {
        return String.format(Locale.ROOT, text);
    }

    private static String[] formatted(String[] lines) {
        return Arrays.stream(lines).map(UsageLayout::formatted).toArray(String[]::new);
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
