package org.socketworkbench.app;

import org.socketworkbench.multicast.ProbeSession;
import org.socketworkbench.script.RunCommand;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Headless subcommands, handled before JavaFX starts: {@code socket-workbench <command> args...}.
 * Add a command by adding it to {@link #COMMANDS}.
 */
final class CommandLine {

    /** A headless command: gets the words after its name, returns the process exit code. */
    @FunctionalInterface
    interface Command {
        int run(List<String> args);
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "run", args -> RunCommand.run(args, System.out, System.err),
            "probe", args -> ProbeSession.main(args, System.out, System.err));

    private CommandLine() {
    }

    /** The exit code when {@code args} start with a command name; empty to start the window. */
    static OptionalInt dispatch(String... args) {
        if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
            return OptionalInt.empty();
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return OptionalInt.of(COMMANDS.get(args[0]).run(rest));
    }
}
