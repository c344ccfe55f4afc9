package org.socketworkbench.cli;

import picocli.CommandLine.Option;

/** {@code --help} (and {@code -h}) for every command: mix it in as the last field, it lists last. */
public final class HelpOption {

    @Option(names = {"--help", "-h"}, usageHelp = true, description = CliText.HELP_DESCRIPTION)
    private boolean help;
}
