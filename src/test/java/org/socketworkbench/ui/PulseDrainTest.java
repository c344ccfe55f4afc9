package org.socketworkbench.ui;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.testing.FxExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pulse drain on the real FX toolkit (headless): one pending runLater, one job per pulse, sleep when idle. */
class PulseDrainTest {

    private final AtomicInteger runLaters = new AtomicInteger();
    private final AtomicInteger pulses = new AtomicInteger();
    private final AtomicBoolean busy = new AtomicBoolean(true);
    private final AtomicBoolean pending = new AtomicBoolean();
    private final PulseDrain drain = new PulseDrain(
            () -> {
                pulses.incrementAndGet();
                return busy.get();
            },
            pending::get,
            task -> {
                runLaters.incrementAndGet();
                Platform.runLater(task);
            });

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @Test
    void wakesFromManyThreadsCostOneRunLaterAndTheJobRunsEveryPulse() throws Exception {
        CountDownLatch done = new CountDownLatch(8);
        for (int t = 0; t < 8; t++) {
            Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10_000; i++) {
                    drain.wake();
                }
                done.countDown();
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= 3);
        assertEquals(1, runLaters.get(), "80,000 wakes, one runLater");
        stopOnFxThread();
    }

    @Test
    void anIdleDrainFallsAsleepAndWakesAgain() throws Exception {
        busy.set(false);
        drain.wake();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= PulseDrain.IDLE_PULSES);
        WaitForAsyncUtils.waitForFxEvents();
        int asleepAt = pulses.get();
        assertEquals(PulseDrain.IDLE_PULSES, asleepAt, "it stopped after the idle pulses");
        drain.wake();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pulses.get() >= 2 * PulseDrain.IDLE_PULSES);
        assertEquals(2, runLaters.get(), "asleep, a wake needs a new runLater");
        stopOnFxThread();
    }

    @Test
    void workThatArrivedWhileFallingAsleepWakesItAgain() throws Exception {
        busy.set(false);
        pending.set(true);
        drain.wake();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> runLaters.get() >= 3);
        pending.set(false);
        stopOnFxThread();
    }

    private void stopOnFxThread() throws Exception {
        WaitForAsyncUtils.asyncFx(drain::stop).get(10, TimeUnit.SECONDS);
    }
}
