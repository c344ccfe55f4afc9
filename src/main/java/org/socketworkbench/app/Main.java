package org.socketworkbench.app;

import javafx.application.Application;

import java.util.OptionalInt;

/** Entry point of the packaged launcher and of {@code mvn compile exec:exec}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt headless = CommandLine.dispatch(args);
        if (headless.isPresent()) {
            System.exit(headless.getAsInt());
        }
        LaunchOptions options = LaunchOptions.parse(args);
        if (options.help()) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        if (options.smokeTest()) {
            SmokeTest.armWatchdog();
        }
        Application.launch(SocketWorkbenchApp.class, args);
        System.exit(SmokeTest.exitCode());
    }
}
