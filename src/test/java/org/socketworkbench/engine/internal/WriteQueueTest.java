package org.socketworkbench.engine.internal;

import org.junit.jupiter.api.Test;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The write queue's order and its bounded holding of finished writes' callbacks. */
class WriteQueueTest {

    private static final long TIMEOUT_SECONDS = 20;

    private final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    private final WriteQueue queue = new WriteQueue(new Operations(failures::add));
    private final List<String> delivered = Collections.synchronizedList(new ArrayList<>());

    @Test
    void aLoneWriteIsReportedWithoutWaitingForAnything() throws InterruptedException {
        CountDownLatch reported = new CountDownLatch(1);
        queue.submit(write("only", 10, () -> { }, reported));
        await(reported);
        assertEquals(List.of("only"), delivered);
    }

    @Test
    void atMostMaxHeldCallbacksWaitForAWriteThatBlocks() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch blocker = new CountDownLatch(1);
        int quick = WriteQueue.MAX_HELD + 1;
        CountDownLatch firstBatch = new CountDownLatch(1 + quick - 1);
        CountDownLatch all = new CountDownLatch(1 + quick + 1);
        queue.submit(write("gate", 1, () -> awaitQuietly(gate), firstBatch, all));
        for (int i = 1; i <= quick; i++) {
            queue.submit(write("w" + i, 1, () -> { }, firstBatch, all));
        }
        queue.submit(write("blocked", 1, () -> awaitQuietly(blocker), all));
        gate.countDown();

        await(firstBatch);
        List<String> batch = new ArrayList<>(List.of("gate"));
        IntStream.rangeClosed(1, WriteQueue.MAX_HELD).forEach(i -> batch.add("w" + i));
        assertEquals(batch, List.copyOf(delivered), "w" + quick + " waits for the blocked write, nothing more does");

        blocker.countDown();
        await(all);
        batch.add("w" + quick);
        batch.add("blocked");
        assertEquals(batch, delivered);
    }

    @Test
    void heldCallbacksNeverStandForMoreThanMaxHeldBytes() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch blocker = new CountDownLatch(1);
        int half = WriteQueue.MAX_HELD_BYTES / 2;
        CountDownLatch firstThree = new CountDownLatch(3);
        queue.submit(write("a", half, () -> awaitQuietly(gate), firstThree));
        queue.submit(write("b", half, () -> { }, firstThree));
        queue.submit(write("c", half, () -> { }, firstThree));
        queue.submit(write("blocked", 1, () -> awaitQuietly(blocker)));
        gate.countDown();
        await(firstThree);
        assertEquals(List.of("a", "b", "c"), List.copyOf(delivered));
        blocker.countDown();
    }

    @Test
    void otherJobsAndWritesKeepCallOrder() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(4);
        queue.submit(write("w1", 1, () -> awaitQuietly(gate), all));
        queue.submit(job("upgrade", all));
        queue.submit(write("w2", 1, () -> { }, all));
        queue.submit(write("w3", 1, () -> { }, all));
        gate.countDown();
        await(all);
        assertEquals(List.of("w1", "upgrade", "w2", "w3"), delivered);
    }

    @Test
    void aJobThatThrowsIsReportedAndTheJobsBehindItStillRun() throws InterruptedException {
        CountDownLatch gate = new CountDownLatch(1);
        CountDownLatch after = new CountDownLatch(1);
        queue.submit(write("first", 1, () -> awaitQuietly(gate)));
        queue.submit(new WriteQueue.Job() {
            @Override
            public void run() {
                throw new IllegalStateException("a bug in a job");
            }

            @Override
            public void abort() {
            }
        });
        queue.submit(write("after", 1, () -> { }, after));
        gate.countDown();
        await(after);
        assertEquals(List.of("first", "after"), delivered);
        // the thread that threw reports it while the next drainer already runs the jobs behind
        Eventually.await(Duration.ofSeconds(5), () -> !failures.isEmpty(), () -> "no failure reported");
        assertEquals(1, failures.size());
        assertEquals("a bug in a job", failures.get(0).getMessage());
    }

    private WriteQueue.Write write(String name, int size, Runnable work, CountDownLatch... reported) {
        return new WriteQueue.Write() {
            @Override
            public Runnable perform() {
                work.run();
                return () -> report(name, reported);
            }

            @Override
            public int size() {
                return size;
            }

            @Override
            public void abort() {
            }
        };
    }

    private WriteQueue.Job job(String name, CountDownLatch... reported) {
        return new WriteQueue.Job() {
            @Override
            public void run() {
                report(name, reported);
            }

            @Override
            public void abort() {
            }
        };
    }

    private void report(String name, CountDownLatch... reported) {
        delivered.add(name);
        for (CountDownLatch latch : reported) {
            latch.countDown();
        }
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS), "nothing happened within " + TIMEOUT_SECONDS + " s");
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
