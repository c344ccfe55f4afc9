package org.socketworkbench.engine.internal;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Starts the engine's blocking work (DNS, connect, read, accept, TLS handshakes) on virtual
 * threads and counts how many are running, so that {@code close()} can wait for them and tests
 * can prove nothing leaks.
 */
public final class Operations {

    private final ThreadFactory threads = Thread.ofVirtual().name("chrome.socket-io-", 0).factory();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition idle = lock.newCondition();
    private final Consumer<Throwable> failures;
    private int running;

    public Operations(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    /** Runs {@code work} on a new virtual thread. */
    public void start(Runnable work) {
        change(+1);
        try {
            threads.newThread(() -> {
                try {
                    work.run();
                } catch (RuntimeException | Error e) {
                    failures.accept(e);
                } finally {
                    change(-1);
                }
            }).start();
        } catch (RuntimeException | Error e) {
            change(-1);
            throw e;
        }
    }

    /**
     * Counts blocking work that runs on a thread of its own rather than one {@link #start}
     * made ({@link UdpBatchWaiter}); every {@code begin} is followed by one {@link #end}.
     */
    public void begin() {
        change(+1);
    }

    /** Ends what {@link #begin} counted. */
    public void end() {
        change(-1);
    }

    private void change(int delta) {
        lock.lock();
        try {
            running += delta;
            if (running == 0) {
                idle.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many operations are running now. */
    public int running() {
        lock.lock();
        try {
            return running;
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no operation runs; false when the timeout passed first. */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (running > 0) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = idle.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
