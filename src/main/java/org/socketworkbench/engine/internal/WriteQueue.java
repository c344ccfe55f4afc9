package org.socketworkbench.engine.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * A socket's writes, run one after another in call order on one virtual thread that exists only
 * while there is something to write. A TLS upgrade queues behind earlier writes (contract D12).
 *
 * <p>When an application keeps several writes in flight, a finished write's callback may be held
 * back while the writes queued behind it run, and is then delivered together with theirs: one
 * wake-up of the callback thread for a batch instead of one per write. Callbacks keep their
 * order, and what is held is bounded ({@link #MAX_HELD} callbacks, {@link #MAX_HELD_BYTES}
 * bytes), so holding looks to the application exactly like a send buffer that much smaller.
 * Nothing is held while the queue is empty, so a lone write is reported as soon as it is done.
 */
public final class WriteQueue {

    static final int MAX_HELD = 8;
    static final int MAX_HELD_BYTES = 256 * 1024;

    /** One queued operation. */
    public interface Job {
        /** Performs the operation and delivers its callback. */
        void run();

        /** Delivers the callback of an operation that will never run (socket closed). */
        void abort();
    }

    /** A plain write: its callback may be held back while later writes run (see the class comment). */
    public interface Write extends Job {
        /** Performs the write and returns the delivery of its callback, for the queue to run. */
        Runnable perform();

        /** How many bytes it writes. */
        int size();

        @Override
        default void run() {
            perform().run();
        }
    }

    private final ArrayDeque<Job> jobs = new ArrayDeque<>();
    private final Operations operations;
    private boolean draining;

    public WriteQueue(Operations operations) {
        this.operations = operations;
    }

    public void submit(Job job) {
        synchronized (this) {
            jobs.add(job);
            if (draining) {
                return;
            }
            draining = true;
        }
        operations.start(this::drain);
    }

    private void drain() {
        HeldCallbacks held = new HeldCallbacks();
        try {
            runJobs(held);
        } catch (RuntimeException | Error e) {
            held.deliver();
            handOver();
            throw e;
        }
    }

    /** Runs jobs until the queue is empty, and delivers what it held before it lets go. */
    private void runJobs(HeldCallbacks held) {
        while (true) {
            Job job = next();
            if (job == null) {
                held.deliver();
                synchronized (this) {
                    if (jobs.isEmpty()) {
                        draining = false;
                        return;
                    }
                }
            } else if (job instanceof Write write) {
                Runnable delivery = write.perform();
                if (hasNext() && held.canHold(write.size())) {
                    held.hold(delivery, write.size());
                } else {
                    held.deliver();
                    delivery.run();
                }
            } else {
                held.deliver();
                job.run();
            }
        }
    }

    /** A job threw (Operations reports it): the jobs behind it still run, on a new drainer. */
    private void handOver() {
        synchronized (this) {
            if (jobs.isEmpty()) {
                draining = false;
                return;
            }
        }
        operations.start(this::drain);
    }

    private synchronized Job next() {
        return jobs.poll();
    }

    private synchronized boolean hasNext() {
        return !jobs.isEmpty();
    }

    /** Aborts every queued job that has not started. */
    public void abortQueued() {
        List<Job> aborted;
        synchronized (this) {
            aborted = List.copyOf(jobs);
            jobs.clear();
        }
        aborted.forEach(Job::abort);
    }

    /** Callbacks of finished writes that wait for the writes behind them; drainer thread only. */
    private static final class HeldCallbacks {
        private final List<Runnable> deliveries = new ArrayList<>(MAX_HELD);
        private long bytes;

        boolean canHold(int size) {
            return deliveries.size() < MAX_HELD && bytes + size <= MAX_HELD_BYTES;
        }

        void hold(Runnable delivery, int size) {
            deliveries.add(delivery);
            bytes += size;
        }

        void deliver() {
            deliveries.forEach(Runnable::run);
            deliveries.clear();
            bytes = 0;
        }
    }
}
