package org.socketworkbench.engine.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;

/**
 * The default callback executor: one daemon thread that runs callbacks one at a time in
 * submission order, as Chrome's renderer does.
 */
public final class EventLoop implements Executor {

    private static final Runnable STOP = () -> { };

    private final LinkedBlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean stopping;

    public EventLoop(String name) {
        thread = Thread.ofPlatform().daemon().name(name).start(this::loop);
    }

    @Override
    public void execute(Runnable task) {
        if (stopping) {
            throw new RejectedExecutionException("event loop stopped");
        }
        queue.add(task);
    }

    private void loop() {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            if (task == STOP) {
                return;
            }
            task.run();
        }
    }

    /** Runs what is queued, then ends the thread. Safe to call from the loop's own thread. */
    public void stop() throws InterruptedException {
        stopping = true;
        queue.add(STOP);
        if (Thread.currentThread() != thread) {
            thread.join();
        }
    }

    /** Whether the calling thread is this loop's thread. */
    public boolean isLoopThread() {
        return Thread.currentThread() == thread;
    }
}
