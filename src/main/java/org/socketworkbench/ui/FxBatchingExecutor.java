package org.socketworkbench.ui;

import javafx.application.Platform;

import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * An {@link Executor} that runs tasks on the FX thread in batches: however many tasks engine
 * threads submit, at most one {@code Platform.runLater} is pending, and each drain runs every
 * queued task until a time budget is spent (then it re-schedules itself, so a flood cannot
 * stall a pulse). Submitting never blocks and never waits for the FX thread.
 *
 * <p>A task that throws is reported to the error sink; the drain goes on with the next task.
 */
public final class FxBatchingExecutor implements Executor {

    /** How long one drain may run before it yields the FX thread to rendering and input. */
    static final long DRAIN_BUDGET_NANOS = 8_000_000;

    private final ConcurrentLinkedQueue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPending = new AtomicBoolean();
    private final Consumer<Runnable> scheduler;
    private final Consumer<Throwable> errorSink;

    /** Schedules on the JavaFX application thread; errors go to the thread's uncaught handler. */
    public FxBatchingExecutor() {
        this(Platform::runLater, FxBatchingExecutor::reportUncaught);
    }

    /**
     * @param scheduler how a drain is handed to the UI thread ({@code Platform::runLater})
     * @param errorSink where exceptions thrown by tasks go
     */
    public FxBatchingExecutor(Consumer<Runnable> scheduler, Consumer<Throwable> errorSink) {
        this.scheduler = Objects.requireNonNull(scheduler);
        this.errorSink = Objects.requireNonNull(errorSink);
    }

    @Override
    public void execute(Runnable task) {
        queue.add(Objects.requireNonNull(task));
        scheduleDrain();
    }

    private void scheduleDrain() {
        if (drainPending.compareAndSet(false, true)) {
            scheduler.accept(this::drain);
        }
    }

    private void drain() {
        drainPending.set(false);
        long deadline = System.nanoTime() + DRAIN_BUDGET_NANOS;
        Runnable task;
        while ((task = queue.poll()) != null) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                errorSink.accept(e);
            }
            if (System.nanoTime() - deadline > 0) {
                break;
            }
        }
        if (!queue.isEmpty()) {
            scheduleDrain();
        }
    }

    private static void reportUncaught(Throwable error) {
        Thread current = Thread.currentThread();
        current.getUncaughtExceptionHandler().uncaughtException(current, error);
    }
}
