package org.socketworkbench.script;

import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TrustPins;

import java.util.Objects;

/**
 * Runs Chrome App JavaScript unchanged: {@code chrome.socket} and {@code chrome.sockets.*} with
 * Chrome's shapes, {@code chrome.runtime.lastError}, timers, {@code console} and
 * {@code TextEncoder}/{@code TextDecoder}, each script on its own event-loop thread so that its
 * callbacks run one at a time as in Chrome.
 *
 * <p>The script's sockets live in the {@link SocketEngine} given: pass the workbench's engine and
 * they appear in its socket list and traffic pane. The script sees only its own sockets. A script
 * ends when nothing is pending (no timers, no socket operation waiting for its callback), on an
 * uncaught error, or when stopped; then its sockets are destroyed.
 */
public final class ScriptRunner {

    private ScriptRunner() {
    }

    /** Starts {@code source} on a new thread with its sockets in {@code engine}, and returns at once. */
    public static RunningScript start(ScriptSource source, ScriptPermissions permissions, SocketEngine engine,
                                      ConsoleSink console) {
        ScriptSession session = new ScriptSession(source, permissions, Objects.requireNonNull(engine, "engine"),
                TrustPins.NONE, console);
        session.start();
        return session;
    }

    /**
     * Starts {@code source} with an engine of its own, whose callbacks run on the script's event
     * loop; the engine is closed when the script ends. For headless runs.
     */
    public static RunningScript startHeadless(ScriptSource source, ScriptPermissions permissions, ConsoleSink console) {
        return startHeadless(source, permissions, TrustPins.NONE, console);
    }

    /** As {@link #startHeadless(ScriptSource, ScriptPermissions, ConsoleSink)}, its secure() also accepting {@code pins}. */
    public static RunningScript startHeadless(ScriptSource source, ScriptPermissions permissions, TrustPins pins,
                                              ConsoleSink console) {
        ScriptSession session = new ScriptSession(source, permissions, null, pins, console);
        session.start();
        return session;
    }
}
