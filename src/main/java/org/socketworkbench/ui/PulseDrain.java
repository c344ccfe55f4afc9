package org.socketworkbench.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Runs a job on the FX thread once per pulse while there is work, and sleeps (no timer, no
 * pulses requested) when there is none. Any thread may {@link #wake()} it; waking costs one
 * volatile read when it is already awake, and at most one {@code runLater} is ever pending. This
 * is how a flood of engine events reaches the UI as one batch per frame.
 */
public final class PulseDrain {

    /** Quiet pulses (about half a second) before the drain goes to sleep. */
    static final int IDLE_PULSES = 30;

    private final BooleanSupplier job;
    private final BooleanSupplier workPending;
    private final Consumer<Runnable> runLater;
    private final AtomicBoolean awake = new AtomicBoolean();
    private AnimationTimer timer;
    private int idlePulses;
    private boolean stopped;

    /**
     * @param job         runs once per pulse on the FX thread; returns whether it did or still
     *                    has work (false lets the drain fall asleep after a while)
     * @param workPending asked on the FX thread just after falling asleep, to catch work that
     *                    arrived meanwhile
     */
    public PulseDrain(BooleanSupplier job, BooleanSupplier workPending) {
        this(job, workPending, Platform::runLater);
    }

    PulseDrain(BooleanSupplier job, BooleanSupplier workPending, Consumer<Runnable> runLater) {
        this.job = Objects.requireNonNull(job);
        this.workPending = Objects.requireNonNull(workPending);
        this.runLater = Objects.requireNonNull(runLater);
    }

    /** Makes sure the job runs on the coming pulses. Any thread; never blocks. */
    public void wake() {
        if (!awake.get() && awake.compareAndSet(false, true)) {
            runLater.accept(this::startTimer);
        }
    }

    /** Stops for good (the view is gone). FX thread. */
    public void stop() {
        stopped = true;
        if (timer != null) {
            timer.stop();
        }
    }

    private void startTimer() {
        if (stopped) {
            return;
        }
        if (timer == null) {
            timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    onPulse();
                }
            };
        }
        idlePulses = 0;
        timer.start();
    }

    private void onPulse() {
        if (job.getAsBoolean()) {
            idlePulses = 0;
            return;
        }
        if (++idlePulses < IDLE_PULSES) {
            return;
        }
        timer.stop();
        awake.set(false);
        if (workPending.getAsBoolean()) {
            wake();
        }
    }
}
