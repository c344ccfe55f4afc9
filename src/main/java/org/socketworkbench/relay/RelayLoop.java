package org.socketworkbench.relay;

import org.socketworkbench.engine.Callback;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The one thread a relay's logic runs on: engine callbacks hop onto it, and every delay
 * (latency, pacing, slices, held-back datagrams) is a task scheduled on it, never a sleep. One
 * thread means the pipes need no locks; it never blocks, since engine calls return at once.
 */
final class RelayLoop implements Executor {

    private static final System.Logger LOG = System.getLogger(RelayLoop.class.getName());

    private final ScheduledThreadPoolExecutor executor;

    RelayLoop(String name) {
        executor = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.setRemoveOnCancelPolicy(true);
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    @Override
    public void execute(Runnable task) {
        if (!executor.isShutdown()) {
            executor.execute(() -> guarded(task));
        }
    }

    /** Runs {@code task} on the loop at {@link System#nanoTime()} {@code atNanos} (at once when that has passed). */
    ScheduledFuture<?> at(long atNanos, Runnable task) {
        if (executor.isShutdown()) {
            return null;
        }
        return executor.schedule(() -> guarded(task), atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    ScheduledFuture<?> every(long periodMillis, Runnable task) {
        return executor.scheduleWithFixedDelay(() -> guarded(task), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** An engine callback that continues on the loop. */
    <T> Callback<T> then(Consumer<T> next) {
        return value -> execute(() -> next.accept(value));
    }

    void shutdown() {
        executor.shutdownNow();
    }

    /** A failing step is logged, and the loop goes on with the other connections. */
    private static void guarded(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            LOG.log(System.Logger.Level.ERROR, "a relay step failed", e);
        }
    }
}
