package org.socketworkbench.app;

import java.util.List;
import java.util.Optional;

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

    /**
     * The options of a command line that only opens the window (no arguments, or only window
     * flags); empty for anything else, which goes to {@link SocketWorkbenchCommand} to be parsed,
     * helped or refused.
     */
    static Optional<LaunchOptions> windowOnly(List<String> args) {
        boolean onlyWindowFlags = args.stream().allMatch(SMOKE_TEST::equals);
        return onlyWindowFlags ? Optional.of(fromParameters(args)) : Optional.empty();
    }

    /** Reads back what {@link #toParameters()} wrote (tests start the application without any). */
    static LaunchOptions fromParameters(List<String> raw) {
        return new LaunchOptions(raw.contains(SMOKE_TEST));
    }
}
