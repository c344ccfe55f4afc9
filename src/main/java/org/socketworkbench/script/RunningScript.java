package org.socketworkbench.script;

import java.util.concurrent.CompletableFuture;

/** A script started by {@link ScriptRunner}: stop it, or wait for how it ended. */
public interface RunningScript {

    /**
     * Ends the script: no more callbacks or timers run, JavaScript that is running is interrupted,
     * and every socket the script still has is destroyed before {@link #outcome()} completes.
     * Any thread; calling it again does nothing.
     */
    void stop();

    /** Completes when the script has ended and its sockets are destroyed. */
    CompletableFuture<ScriptOutcome> outcome();

    default boolean isRunning() {
        return !outcome().isDone();
    }
}
