package org.socketworkbench.script;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The checked arguments of the headless {@code run} command (see {@link RunCommand}).
 *
 * @param script   the script file
 * @param timeout  how long it may run; null or {@link Duration#ZERO} for no limit
 * @param manifest the manifest.json to take permissions from; null for the one beside the script
 */
public record RunOptions(Path script, Duration timeout, Path manifest) {

    public Optional<Duration> timeLimit() {
        return timeout == null || timeout.isZero() ? Optional.empty() : Optional.of(timeout);
    }
}
