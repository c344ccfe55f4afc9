package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Callback;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Hands one socket's callbacks to the engine's callback executor one at a time, in the order
 * they were dispatched (completion order), whatever kind of executor it is. While a callback runs,
 * {@link LastErrorContext} carries its error message.
 */
public final class CallbackDispatcher {

    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final EngineContext context;

    public CallbackDispatcher(EngineContext context) {
        this.context = context;
    }

    /** Delivers {@code value} to {@code callback} later, with no lastError. */
    public <T> void dispatch(String method, Callback<T> callback, T value) {
        dispatch(method, callback, value, null);
    }

    /** Delivers {@code value} to {@code callback} later, with {@code lastError} set while it runs. */
    public <T> void dispatch(String method, Callback<T> callback, T value, String lastError) {
        queue.add(() -> context.lastErrors().runWith(method, lastError, () -> callback.onResult(value)));
        schedule();
    }

    private void schedule() {
        if (scheduled.compareAndSet(false, true)) {
            try {
                context.callbackExecutor().execute(this::drain);
            } catch (RejectedExecutionException e) {
                Thread.ofVirtual().name("chrome.socket-late-callback").start(this::drain);
            }
        }
    }

    private void drain() {
        Runnable task;
        while ((task = queue.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                context.reportCallbackFailure(e);
            }
        }
        scheduled.set(false);
        if (!queue.isEmpty()) {
            schedule();
        }
    }
}
