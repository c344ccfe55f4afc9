package org.socketworkbench.engine;

/**
 * Receives the result of one chrome.socket call. Runs on the engine's callback executor, never
 * inside the call that caused it; while it runs, {@link ChromeSocket#lastError()} carries the
 * error message of this result, if any.
 *
 * @param <T> the payload type (may be {@code null} where Chrome passes no argument)
 */
@FunctionalInterface
public interface Callback<T> {
    void onResult(T result);
}
