package org.socketworkbench.app;

import java.util.List;

/**
 * The program arguments the desktop launcher understands.
 *
 * @param smokeTest open the real window, wait for its first frame, exit 0
 * @param help      print usage and exit
 */
public record LaunchOptions(boolean smokeTest, boolean help) {

    static final String USAGE = """
            Usage: socket-workbench [--smoke-test] [--help]
                   socket-workbench run <script.js> [--timeout <seconds>] [--manifest <manifest.json>]
                   socket-workbench probe --group GROUP:PORT [options]
              --smoke-test  open the main window, wait for the first rendered frame, exit 0
              --help        print this text
              run           run a Chrome App script headless (run --help for details)
              probe         multicast probe: join, send, receive, print the roster (probe --help)""";

    /** Reads the arguments; unknown ones are ignored (JavaFX may pass its own). */
    public static LaunchOptions parse(String... args) {
        List<String> list = List.of(args);
        return new LaunchOptions(list.contains("--smoke-test"), list.contains("--help") || list.contains("-h"));
    }
}
