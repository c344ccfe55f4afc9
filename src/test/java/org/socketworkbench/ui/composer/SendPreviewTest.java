package org.socketworkbench.ui.composer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.socketworkbench.traffic.PayloadFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The composer's compile off the FX thread (the test thread plays it, running what is handed
 * over): a compile held on a latch leaves the FX thread free, and only the last edit's result is
 * applied, whether the older one was still compiling or already handed over.
 */
class SendPreviewTest {

    private final ConcurrentLinkedQueue<Runnable> handedOver = new ConcurrentLinkedQueue<>();

    @Test
    @Timeout(20)
    void aCompileHeldOnALatchDoesNotBlockTheFxThreadAndTheNewerEditWins() throws Exception {
        CountDownLatch compiling = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Function<SendPreview.Input, SendPreview.Result> held = input -> {
            if (input.text().equals("slow")) {
                compiling.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return SendPreview.compute(input);
        };
        SendPreview preview = new SendPreview(handedOver::add, task -> Thread.ofVirtual().start(task), held);
        List<String> applied = new ArrayList<>();
        preview.dumpProperty().addListener((obs, old, now) -> applied.add(now));

        SendPreview.Input slow = input("slow");
        preview.update(slow); // returns while the compile waits on the latch
        assertTrue(compiling.await(10, TimeUnit.SECONDS), "the compile runs on another thread");
        SendPreview.Input fast = input("ab");
        preview.update(fast); // so does a newer edit
        assertTrue(handedOver.isEmpty(), "nothing reaches the FX thread while the compile is held");

        release.countDown();
        CountDownLatch shown = new CountDownLatch(1);
        preview.sizeProperty().addListener((obs, old, now) -> shown.countDown());
        while (shown.getCount() > 0) {
            Runnable task = handedOver.poll();
            if (task != null) {
                task.run();
            } else {
                Thread.onSpinWait();
            }
        }
        assertEquals(List.of(SendPreview.compute(fast).dump()), applied, "the held compile's result is never applied");
        assertEquals(2, preview.sizeProperty().get());
        assertTrue(preview.resultFor(fast).isPresent());
        assertTrue(preview.resultFor(slow).isEmpty());
    }

    @Test
    void aResultHandedOverBeforeANewerEditIsDroppedOnTheFxThread() {
        ConcurrentLinkedQueue<Runnable> backgroundTasks = new ConcurrentLinkedQueue<>();
        SendPreview preview = new SendPreview(handedOver::add, backgroundTasks::add, SendPreview::compute);

        preview.update(input("old"));
        backgroundTasks.poll().run();
        assertEquals(1, handedOver.size(), "the old edit's result is on its way to the FX thread");
        preview.update(input("newer"));
        handedOver.poll().run();
        assertEquals(0, preview.sizeProperty().get(), "the old result is not applied after a newer edit");
        assertEquals("", preview.dumpProperty().get());

        backgroundTasks.poll().run();
        handedOver.poll().run();
        assertEquals(5, preview.sizeProperty().get());
        assertTrue(preview.resultFor(input("newer")).orElseThrow().template() != null);
    }

    private static SendPreview.Input input(String text) {
        return new SendPreview.Input(text, PayloadFormat.TEXT, 1);
    }
}
