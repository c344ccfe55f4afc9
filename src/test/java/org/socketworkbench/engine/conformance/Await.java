package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Sync;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Waits for something a test started, never longer than {@link Sync#TIMEOUT_SECONDS}. */
final class Await {

    static <T> T result(CompletableFuture<T> future) {
        try {
            return future.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("nothing happened within " + Sync.TIMEOUT_SECONDS + " s", e);
        } catch (ExecutionException e) {
            throw new AssertionError("it failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Await() {
    }
}
