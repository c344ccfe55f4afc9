package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Callable;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.script.runtime.JsLastError;
import org.socketworkbench.script.runtime.ScriptLoop;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Carries engine results back into the script: the engine may answer on any thread, so each
 * result is handed to the script's event loop together with the lastError the engine had for it,
 * and the script's callback then runs there with {@code chrome.runtime.lastError} set. Every call
 * counts as pending until its callback has run, so a script is not finished while it waits.
 */
final class ApiCalls {

    /** Turns an engine result (and its lastError, or null) into the script callback's arguments. */
    @FunctionalInterface
    interface Shape<T> {
        Object[] toJs(T value, String lastError);
    }

    private final ScriptLoop loop;
    private final Scriptable scope;
    private final JsLastError lastError;
    private final SocketEngine engine;

    ApiCalls(ScriptLoop loop, Scriptable scope, JsLastError lastError, SocketEngine engine) {
        this.loop = loop;
        this.scope = scope;
        this.lastError = lastError;
        this.engine = engine;
    }

    SocketEngine engine() {
        return engine;
    }

    Scriptable scope() {
        return scope;
    }

    /** An engine callback that continues with {@code next(value, lastError)} on the event loop. */
    <T> Callback<T> then(BiConsumer<T, String> next) {
        ScriptLoop.Operation operation = loop.beginOperation();
        return value -> {
            String error = engine.lastError().orElse(null);
            operation.complete(() -> next.accept(value, error));
        };
    }

    /**
     * As {@link #then(BiConsumer)}, but when the script has stopped before the result could be
     * handled, {@code release} gets the value instead (to destroy a socket nobody will own).
     */
    <T> Callback<T> thenOrRelease(BiConsumer<T, String> next, Consumer<T> release) {
        ScriptLoop.Operation operation = loop.beginOperation();
        return value -> {
            String error = engine.lastError().orElse(null);
            operation.complete(() -> next.accept(value, error), () -> release.accept(value));
        };
    }

    /** An engine callback that calls the script's {@code callback} with the result in {@code shape}. */
    <T> Callback<T> reply(String api, Callable callback, Shape<T> shape) {
        return then((value, error) -> invoke(api, callback, error, shape.toJs(value, error)));
    }

    /** Calls the script's callback later, with an answer the binding made itself (e.g. a permission error). */
    void replyLater(String api, Callable callback, String error, Object... args) {
        ScriptLoop.Operation operation = loop.beginOperation();
        loop.execute(() -> operation.complete(() -> invoke(api, callback, error, args)));
    }

    /** Runs the script's callback now (may be null: an optional callback left out) with lastError set. */
    void invoke(String api, Callable callback, String error, Object... args) {
        lastError.runWith(api, error, () -> {
            if (callback != null) {
                callback.call(Context.getCurrentContext(), scope, scope, args);
            }
        });
    }

    /** Chrome's console line for an error that had no callback to report it (e.g. disconnect), later. */
    void warnUncheckedLater(String api, String error) {
        loop.execute(() -> lastError.warnUnchecked(api, error));
    }
}
