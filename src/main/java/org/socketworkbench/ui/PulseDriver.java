package org.socketworkbench.ui;

import javafx.animation.AnimationTimer;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the UI's refresh tasks on the FX thread at a fixed pace, driven by JavaFX pulses: each
 * task at most once per its period, however fast data arrives. This is how engine-side state
 * (socket rows, captured traffic) reaches the screen: pulled in one batch per frame, never
 * pushed with one runLater per packet.
 */
public final class PulseDriver {

    private record Task(long periodNanos, Runnable work, long[] lastRun) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private final AnimationTimer timer = new AnimationTimer() {
        @Override
        public void handle(long now) {
            for (Task task : tasks) {
                if (now - task.lastRun[0] >= task.periodNanos) {
                    task.lastRun[0] = now;
                    run(task.work);
                }
            }
        }
    };

    /** Adds a task run at most every {@code periodMillis}. FX thread only. */
    public void every(long periodMillis, Runnable work) {
        tasks.add(new Task(periodMillis * 1_000_000L, work, new long[] {Long.MIN_VALUE / 2}));
    }

    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            Thread current = Thread.currentThread();
            current.getUncaughtExceptionHandler().uncaughtException(current, e);
        }
    }
}
