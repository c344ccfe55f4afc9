package org.socketworkbench.app;

import org.socketworkbench.cli.CommandLines;

import java.util.List;

/** Entry point of the packaged launcher and of {@code mvn compile exec:exec}: {@link SocketWorkbenchCommand}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(CommandLines.execute(new SocketWorkbenchCommand(), System.out, System.err, List.of(args)));
    }
}
