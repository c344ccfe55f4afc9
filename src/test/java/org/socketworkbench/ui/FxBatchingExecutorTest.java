package org.socketworkbench.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coalescing contract, with a scheduler we drive by hand instead of the FX thread. */
class FxBatchingExecutorTest {

    private final List<Runnable> scheduled = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();
    private final FxBatchingExecutor executor = new FxBatchingExecutor(scheduled::add, errors::add);

    @Test
    void thousandTasksScheduleOneDrainThatRunsThemInOrder() {
        List<Integer> ran = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            int n = i;
            executor.execute(() -> ran.add(n));
        }
        assertEquals(1, scheduled.size(), "one pending drain, not one per task");
        assertEquals(List.of(), ran, "nothing runs before the drain");
        while (!scheduled.isEmpty()) {
            scheduled.removeFirst().run();
            assertTrue(scheduled.size() <= 1, "never more than one drain pending");
        }
        assertEquals(1000, ran.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, ran.get(i));
        }
    }

    @Test
    void aThrowingTaskIsReportedAndTheRestStillRun() {
        List<String> ran = new ArrayList<>();
        executor.execute(() -> ran.add("a"));
        executor.execute(() -> {
            throw new IllegalStateException("boom");
        });
        executor.execute(() -> ran.add("c"));
        // A drain may stop at its time budget (building the exception's stack trace on a loaded
        // machine can exceed it) and schedule the next one: run drains until none is pending.
        while (!scheduled.isEmpty()) {
            scheduled.removeFirst().run();
        }
        assertEquals(List.of("a", "c"), ran);
        assertEquals(1, errors.size());
        assertEquals("boom", errors.getFirst().getMessage());
    }

    @Test
    void aTaskSubmittedDuringADrainSchedulesTheNextDrain() {
        List<String> ran = new ArrayList<>();
        executor.execute(() -> executor.execute(() -> ran.add("second")));
        scheduled.removeFirst().run();
        assertEquals(1, scheduled.size());
        scheduled.removeFirst().run();
        assertEquals(List.of("second"), ran);
    }

    @Test
    void aDrainOverItsBudgetYieldsAndReschedules() {
        List<Integer> ran = new ArrayList<>();
        executor.execute(() -> {
            long until = System.nanoTime() + FxBatchingExecutor.DRAIN_BUDGET_NANOS + 1_000_000;
            while (System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            ran.add(1);
        });
        executor.execute(() -> ran.add(2));
        scheduled.removeFirst().run();
        assertEquals(List.of(1), ran, "the slow task used the whole budget");
        assertEquals(1, scheduled.size(), "the rest waits for the next drain");
        scheduled.removeFirst().run();
        assertEquals(List.of(1, 2), ran);
    }

    @Test
    void manyProducerThreadsNeverHaveMoreThanOneDrainPending() throws InterruptedException {
        List<Runnable> pending = Collections.synchronizedList(new ArrayList<>());
        FxBatchingExecutor shared = new FxBatchingExecutor(pending::add, errors::add);
        int producers = 8;
        int perProducer = 10_000;
        CountDownLatch done = new CountDownLatch(producers);
        AtomicInteger ran = new AtomicInteger();
        for (int p = 0; p < producers; p++) {
            Thread.ofVirtual().start(() -> {
                for (int i = 0; i < perProducer; i++) {
                    shared.execute(ran::incrementAndGet);
                }
                done.countDown();
            });
        }
        assertTrue(done.await(30, TimeUnit.SECONDS));
        assertEquals(1, pending.size());
        while (!pending.isEmpty()) {
            pending.removeFirst().run();
            assertTrue(pending.size() <= 1);
        }
        assertEquals(producers * perProducer, ran.get());
    }
}
