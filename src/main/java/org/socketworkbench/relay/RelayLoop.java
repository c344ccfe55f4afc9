package org.socketworkbench.relay;

import org.socketworkbench.engine.Callback;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Where a relay's logic runs: one step at a time under the relay's lock, so the pipes need no
 * locks of their own. Engine callbacks run their step at once on the thread that delivers them
 * (no extra thread hop per chunk: that hop cost a quarter of the throughput); every delay
 * (latency, pacing, slices, held-back datagrams) is a task on the loop's timer thread, never a
 * sleep. A step never blocks: engine calls return at once.
 */
final class RelayLoop implements Executor {

    private static final System.Logger LOG = System.getLogger(RelayLoop.class.getName());

    private final ScheduledThreadPoolExecutor executor;
    private final Object lock = new Object();

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
            executor.execute(() -> step(task));
        }
    }

    /** Runs {@code task} on the loop at {@link System#nanoTime()} {@code atNanos} (at once when that has passed). */
    ScheduledFuture<?> at(long atNanos, Runnable task) {
        if (executor.isShutdown()) {
            return null;
        }
        return executor.schedule(() -> step(task), atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    ScheduledFuture<?> every(long periodMillis, Runnable task) {
        return executor.scheduleWithFixedDelay(() -> step(task), periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** An engine callback that continues as a step of the loop, on the delivering thread. */
    <T> Callback<T> then(Consumer<T> next) {
        return value -> step(() -> next.accept(value));
    }

    void shutdown() {
        executor.shutdownNow();
    }

    /** One step under the lock; a failing step is logged, and the relay goes on with the other connections. */
    private void step(Runnable task) {
        synchronized (lock) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.ERROR, "a relay step failed", e);
            }
        }
    }
}
