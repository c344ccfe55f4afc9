package org.socketworkbench.app;

import java.util.List;

/**
 * The GUI flags, as {@link SocketWorkbenchCommand} parsed them, handed to the JavaFX application
 * as its parameters (JavaFX creates the application object itself).
 *
 * @param smokeTest open the real window, wait for its first frame, exit 0
 */
public record LaunchOptions(boolean smokeTest) {

    static final String SMOKE_TEST = "--smoke-test";

    /** The application parameters that carry these options. */
    String[] toParameters() {
        return smokeTest ? new String[] {SMOKE_TEST} : new String[0];
    }

    /** Reads back what {@link #toParameters()} wrote (tests start the application without any). */
    static LaunchOptions fromParameters(List<String> raw) {
        return new LaunchOptions(raw.contains(SMOKE_TEST));
    }
}
