package org.socketworkbench.engine.internal;

import java.util.ArrayDeque;
import java.util.List;

/**
 * A socket's writes, run one after another in call order on one virtual thread that exists only
 * while there is something to write. A TLS upgrade queues behind earlier writes (contract D12).
 */
public final class WriteQueue {

    /** One queued operation. */
    public interface Job {
        /** Performs the operation and delivers its callback. */
        void run();

        /** Delivers the callback of an operation that will never run (socket closed). */
        void abort();
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
        while (true) {
            Job job;
            synchronized (this) {
                job = jobs.poll();
                if (job == null) {
                    draining = false;
                    return;
                }
            }
            job.run();
        }
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
}
