package org.socketworkbench.cli;

import picocli.CommandLine.Option;

/** {@code --help} (and {@code -h}) for every command: mix it in as the last field, it lists last. */
public final class HelpOption {

    @Option(names = {"--help", "-h"}, usageHelp = true) // described by cli.help (HelpTexts)
    private boolean help;
}
