package org.socketworkbench.engine.internal;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@code chrome.runtime.lastError} for one engine: set on the callback's thread only while a
 * callback that carries an error runs. When the callback never asked for it, the engine reports
 * Chrome's "Unchecked runtime.lastError" warning.
 */
public final class LastErrorContext {

    private static final class Slot {
        String message;
        boolean checked;
    }

    private final ThreadLocal<Slot> current = new ThreadLocal<>();
    private final Consumer<String> warnings;

    public LastErrorContext(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    /** The message, if a callback carrying an error is running on this thread. Marks it checked. */
    public Optional<String> get() {
        Slot slot = current.get();
        if (slot == null || slot.message == null) {
            return Optional.empty();
        }
        slot.checked = true;
        return Optional.of(slot.message);
    }

    /** Runs {@code body} with {@code message} as lastError (none when null). */
    public void runWith(String method, String message, Runnable body) {
        if (message == null) {
            body.run();
            return;
        }
        Slot slot = new Slot();
        slot.message = message;
        Slot outer = current.get();
        current.set(slot);
        try {
            body.run();
        } finally {
            if (outer == null) {
                current.remove();
            } else {
                current.set(outer);
            }
            if (!slot.checked) {
                warnUnchecked(method, message);
            }
        }
    }

    /** Chrome's console line for an error nobody looked at. */
    public void warnUnchecked(String method, String message) {
        warnings.accept("Unchecked runtime.lastError while running socket." + method + ": " + message);
    }
}
