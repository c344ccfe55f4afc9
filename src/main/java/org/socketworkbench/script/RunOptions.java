package org.socketworkbench.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of the headless {@code run} command (the words after {@code run}).
 *
 * @param script   the script file
 * @param timeout  how long it may run; null for no limit
 * @param manifest the manifest.json to take permissions from; null for the one beside the script
 */
public record RunOptions(Path script, Duration timeout, Path manifest) {

    /**
     * Reads the arguments.
     *
     * @throws IllegalArgumentException saying what is wrong, for the user
     */
    public static RunOptions parse(List<String> args) {
        Path script = null;
        Duration timeout = null;
        Path manifest = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--timeout" -> timeout = seconds(value(args, ++i, arg));
                case "--manifest" -> manifest = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("-")) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    if (script != null) {
                        throw new IllegalArgumentException("only one script, got " + script + " and " + arg);
                    }
                    script = Path.of(arg);
                }
            }
        }
        if (script == null) {
            throw new IllegalArgumentException("no script given");
        }
        return new RunOptions(script, timeout, manifest);
    }

    public Optional<Duration> timeLimit() {
        return Optional.ofNullable(timeout);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }

    private static Duration seconds(String text) {
        double seconds;
        try {
            seconds = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--timeout takes seconds, got '" + text + "'");
        }
        if (!(seconds > 0) || seconds > 366L * 24 * 3600) {
            throw new IllegalArgumentException("--timeout must be between 0 and a year of seconds, got '" + text + "'");
        }
        return Duration.ofNanos((long) (seconds * 1e9));
    }
}
