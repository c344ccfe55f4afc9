package org.socketworkbench.app;

import org.socketworkbench.cli.CommandLines;

import java.util.List;
import java.util.Optional;

/**
 * Entry point of the packaged launcher and of {@code mvn compile exec:exec}: {@link SocketWorkbenchCommand}.
 * A plain start (no arguments, or only window flags) opens the window without building the
 * command line's model: picocli's reflection over every command costs start-up time before the
 * first frame, and its class files are too old for the JDK's AOT cache to link ahead of time.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Optional<LaunchOptions> windowOnly = LaunchOptions.windowOnly(List.of(args));
        System.exit(windowOnly.isPresent()
                ? SocketWorkbenchCommand.openWindow(windowOnly.get())
                : CommandLines.execute(new SocketWorkbenchCommand(), System.out, System.err, List.of(args)));
    }
}
