package org.socketworkbench.engine.internal;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Waits for recvFromBatch on a platform thread of its own, one per socket while it is busy:
 * blocked in the OS receive, the thread is woken by the kernel itself, where a virtual thread
 * per wait (as recvFrom uses) costs a thread start, a poller registration and two hand-overs
 * per batch, which at thousands of batches a second was a third of the receiver's CPU. The
 * thread ends after {@value #IDLE_SECONDS} s without a wait to serve, or at once when the socket
 * is reset. Each wait is counted as an operation ({@link Operations#begin}) while it runs.
 */
final class UdpBatchWaiter {

    private static final long IDLE_SECONDS = 1;
    private static final Runnable STOP = () -> {
    };

    private final UdpSocket socket;
    private final LinkedBlockingQueue<Runnable> waits = new LinkedBlockingQueue<>();
    /** Guarded by the socket's lock. */
    private Thread thread;

    UdpBatchWaiter(UdpSocket socket) {
        this.socket = socket;
    }

    /** Runs {@code wait} on the waiting thread, starting one when there is none. Socket lock held. */
    void submit(Runnable wait) {
        socket.context.operations().begin();
        waits.add(wait);
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("chrome.socket-udp-wait-" + socket.id).start(this::serve);
        }
    }

    /** The socket was reset: the thread ends once the wait in progress (cut short by the close) is answered. Socket lock held. */
    void stop() {
        if (thread != null) {
            waits.add(STOP);
        }
    }

    private void serve() {
        while (true) {
            Runnable wait;
            try {
                wait = waits.poll(IDLE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                wait = null;
            }
            if (wait == STOP || wait == null) {
                if (endIfIdle()) {
                    return;
                }
                continue;
            }
            try {
                wait.run();
            } catch (RuntimeException | Error e) {
                socket.context.reportCallbackFailure(e);
            } finally {
                socket.context.operations().end();
            }
        }
    }

    /** Ends the thread unless a wait was submitted meanwhile (decided under the lock submit holds). */
    private boolean endIfIdle() {
        socket.lock.lock();
        try {
            waits.remove(STOP);
            if (!waits.isEmpty()) {
                return false;
            }
            thread = null;
            return true;
        } finally {
            socket.lock.unlock();
        }
    }
}
