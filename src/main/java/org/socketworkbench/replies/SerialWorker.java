package org.socketworkbench.replies;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs one connection's replies one after another on a virtual thread, off the engine's callback
 * thread: a slow regex or a reply delay holds up only that connection, never the engine. The
 * thread exists only while work is queued. At most {@value #MAX_PENDING} messages wait; more are
 * refused (a peer that sends faster than its rules run is told so, not buffered without end).
 */
final class SerialWorker {

    static final int MAX_PENDING = 10_000;

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final Consumer<RuntimeException> failures;

    SerialWorker(Consumer<RuntimeException> failures) {
        this.failures = failures;
    }

    /** Queues {@code task}; false when {@value #MAX_PENDING} are waiting already. */
    boolean submit(Runnable task) {
        if (pending.get() >= MAX_PENDING) {
            return false;
        }
        tasks.add(task);
        if (pending.getAndIncrement() == 0) {
            Thread.ofVirtual().name("reply-rules").start(this::drain);
        }
        return true;
    }

    private void drain() {
        do {
            Runnable task = tasks.poll();
            try {
                task.run();
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        } while (pending.decrementAndGet() > 0);
    }
}
