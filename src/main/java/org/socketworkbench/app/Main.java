package org.socketworkbench.app;

import javafx.application.Application;
import org.socketworkbench.multicast.ProbeSession;

import java.util.List;

/** Entry point of the packaged launcher and of {@code mvn compile exec:exec}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("probe")) {
            System.exit(ProbeSession.main(List.of(args).subList(1, args.length), System.out, System.err));
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
