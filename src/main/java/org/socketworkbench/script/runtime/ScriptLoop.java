package org.socketworkbench.script.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One script's event loop: a single thread runs every task, timer and callback of the script one
 * at a time, as Chrome's renderer does. Other threads hand work in with {@link #execute}; timers
 * are set from the loop thread itself.
 *
 * <p>The loop knows when a script has nothing left to do: no queued task, no timer, and no
 * {@linkplain #beginOperation() operation} whose completion has not run yet. {@link #run} returns
 * then, or when {@link #stop()} is called.
 */
public final class ScriptLoop implements Executor {

    /** Work that finishes later on the loop: a socket call waiting for its callback. */
    public interface Operation {
        /** Runs {@code completion} on the loop and ends the operation; dropped once the loop has stopped. */
        default void complete(Runnable completion) {
            complete(completion, () -> { });
        }

        /**
         * Runs {@code completion} on the loop, or {@code release} (on any thread) instead when the
         * loop has stopped before it could run: for results that hold something, such as a new
         * socket, that must not leak.
         */
        void complete(Runnable completion, Runnable release);
    }

    /** A queued completion, released instead of run if the loop ends first. */
    private record Completion(Runnable body, Runnable release) implements Runnable {
        @Override
        public void run() {
            body.run();
        }
    }

    private record Timer(int id, long dueNanos, long sequence, long periodNanos, Runnable body) {
    }

    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final PriorityQueue<Timer> timers = new PriorityQueue<>((a, b) -> a.dueNanos != b.dueNanos
            ? Long.compare(a.dueNanos, b.dueNanos) : Long.compare(a.sequence, b.sequence));
    private final Map<Integer, Timer> timersById = new HashMap<>();
    private final AtomicInteger pendingOperations = new AtomicInteger();
    private final Consumer<Throwable> failures;
    private final Object endLock = new Object();
    private volatile Thread thread;
    private volatile boolean stopped;
    private boolean ended;
    private int nextTimerId = 1;
    private long nextSequence;

    /** @param failures gets whatever a task throws; the loop goes on unless told to stop */
    public ScriptLoop(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    /** Runs tasks on the calling thread until the script is idle or stopped. */
    public void run() {
        thread = Thread.currentThread();
        while (!stopped && !idle()) {
            Runnable next;
            try {
                next = nextTask();
            } catch (InterruptedException e) {
                stopped = true;
                break;
            }
            if (next != null && !stopped) {
                runTask(next);
            }
        }
        stopped = true;
        timers.clear();
        timersById.clear();
        synchronized (endLock) {
            ended = true;
            for (Runnable task : tasks) {
                if (task instanceof Completion completion) {
                    completion.release().run();
                }
            }
            tasks.clear();
        }
    }

    private Runnable nextTask() throws InterruptedException {
        Timer timer = timers.peek();
        if (timer == null) {
            return tasks.take();
        }
        long wait = timer.dueNanos - System.nanoTime();
        if (wait <= 0) {
            return fire(timers.poll());
        }
        return tasks.poll(wait, TimeUnit.NANOSECONDS);
    }

    private Runnable fire(Timer timer) {
        if (timer.periodNanos > 0) {
            Timer next = new Timer(timer.id, System.nanoTime() + timer.periodNanos, nextSequence++,
                    timer.periodNanos, timer.body);
            timers.add(next);
            timersById.put(timer.id, next);
        } else {
            timersById.remove(timer.id);
        }
        return timer.body;
    }

    private void runTask(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException | Error e) {
            failures.accept(e);
        }
    }

    private boolean idle() {
        return tasks.isEmpty() && timers.isEmpty() && pendingOperations.get() == 0;
    }

    /**
     * Queues {@code task} from any thread.
     *
     * @throws RejectedExecutionException once the loop has stopped (the engine then runs its late
     *                                    callbacks elsewhere, and they are released, not run)
     */
    @Override
    public void execute(Runnable task) {
        if (stopped) {
            throw new RejectedExecutionException("the script has ended");
        }
        tasks.add(task);
    }

    /** Ends the loop after the task now running; queued tasks and timers are dropped. Any thread. */
    public void stop() {
        stopped = true;
        tasks.add(() -> { });
    }

    public boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }

    /**
     * Starts a timer (loop thread only). {@code periodMillis} 0 fires once after {@code delayMillis};
     * a positive period repeats until {@link #clearTimer}.
     *
     * @return the timer's id, a positive integer never reused by this loop
     */
    public int setTimer(long delayMillis, long periodMillis, Runnable body) {
        requireLoopThread();
        int id = nextTimerId++;
        Timer timer = new Timer(id, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(0, delayMillis)),
                nextSequence++, TimeUnit.MILLISECONDS.toNanos(periodMillis), body);
        timers.add(timer);
        timersById.put(id, timer);
        return id;
    }

    /** Cancels a timer (loop thread only); unknown ids are ignored, as in browsers. */
    public void clearTimer(int id) {
        requireLoopThread();
        Timer timer = timersById.remove(id);
        if (timer != null) {
            timers.remove(timer);
        }
    }

    /**
     * Counts an operation as pending until its completion has run on the loop: the script does
     * not finish while it waits. Loop thread only.
     */
    public Operation beginOperation() {
        requireLoopThread();
        pendingOperations.incrementAndGet();
        return (completion, release) -> {
            Completion finish = new Completion(() -> {
                pendingOperations.decrementAndGet();
                if (stopped) {
                    release.run();
                } else {
                    completion.run();
                }
            }, release);
            if (isLoopThread()) {
                runTask(finish);
                return;
            }
            synchronized (endLock) {
                if (!ended) {
                    tasks.add(finish);
                    return;
                }
            }
            release.run();
        };
    }

    private void requireLoopThread() {
        if (!isLoopThread()) {
            throw new IllegalStateException("not on the script's event-loop thread");
        }
    }
}
