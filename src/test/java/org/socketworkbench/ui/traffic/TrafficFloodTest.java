package org.socketworkbench.ui.traffic;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 200,000 payloads from several engine threads at full speed: the FX thread keeps answering, the
 * rows arrive in a few batches (not one update per payload), and none is lost.
 */
class TrafficFloodTest {

    private static final int PRODUCERS = 4;
    private static final int PER_PRODUCER = 50_000;
    private static final int TOTAL = PRODUCERS * PER_PRODUCER;
    /** The longest the FX thread may take to run a posted probe while the flood runs. */
    private static final long PROBE_BOUND_MILLIS = 2_000;
    /** Payloads shown (and then cleared) before the flood, so the table's first rendering is not timed. */
    private static final int WARM_UP = 100;

    private final TrafficCapture capture = new TrafficCapture();
    private final ThroughputMeter meter = new ThroughputMeter();
    private final AtomicInteger rowUpdates = new AtomicInteger();
    private TrafficViewModel model;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountPane() throws Exception {
        capture.addListener(meter);
        fx.mount(() -> {
            model = new TrafficViewModel(capture, meter);
            model.rows().addListener((ListChangeListener<CapturedPayload>) change -> rowUpdates.incrementAndGet());
            return new TrafficPane(model);
        }, 1100, 800);
    }

    /** Shows a few rows once (first cells, CSS, code paths), then clears the view and the counter. */
    private void warmUp() throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            capture.traffic(new TrafficEvent(System.currentTimeMillis() * 1_000_000L, 1, SocketKind.TCP, Direction.IN,
                    false, "127.0.0.1", 1, "127.0.0.1", 2, new byte[] {(byte) i}));
        }
        FxThread.waitUntil(10, () -> model.rows().size() == WARM_UP);
        WaitForAsyncUtils.waitForFxEvents();
        FxThread.run(() -> {
            model.clear();
            rowUpdates.set(0);
        });
    }

    @AfterEach
    void unmountPane() throws Exception {
        FxThread.run(model::dispose);
    }

    @Test
    void theUiStaysResponsiveAndBatchesAFloodOf200000Payloads() throws Exception {
        warmUp();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(PRODUCERS);
        for (int p = 0; p < PRODUCERS; p++) {
            int socket = p + 1;
            Thread.ofPlatform().name("engine-" + socket).start(() -> {
                try {
                    start.await();
                    byte[] payload = {1, 2, 3, 4, 5, 6, 7, 8};
                    for (int i = 0; i < PER_PRODUCER; i++) {
                        capture.traffic(new TrafficEvent(System.currentTimeMillis() * 1_000_000L, socket, SocketKind.UDP,
                                i % 2 == 0 ? Direction.IN : Direction.OUT, false, "127.0.0.1", 40000 + socket,
                                "127.0.0.1", 9, payload.clone()));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
        }

        List<Long> probeMillis = new ArrayList<>();
        start.countDown();
        while (done.getCount() > 0 || FxThread.call(() -> lastShownSequence(model)) < capture.stats().lastSequence()) {
            long posted = System.nanoTime();
            CountDownLatch probe = new CountDownLatch(1);
            Platform.runLater(probe::countDown);
            assertTrue(probe.await(PROBE_BOUND_MILLIS, TimeUnit.MILLISECONDS),
                    "the FX thread answered a probe within " + PROBE_BOUND_MILLIS + " ms during the flood");
            probeMillis.add((System.nanoTime() - posted) / 1_000_000);
            assertTrue(probeMillis.size() < 100_000, "the view caught up");
        }

        assertEquals(Math.min(TOTAL + WARM_UP, TrafficViewModel.VIEW_LIMIT), FxThread.call(() -> model.rows().size()),
                "the table holds the newest rows, up to its limit");
        assertEquals(capture.stats().lastSequence(), FxThread.call(() -> lastShownSequence(model)));
        assertEquals(TOTAL, capture.stats().payloads());
        assertEquals(TOTAL, capture.stats().lastSequence() - WARM_UP);
        int updates = FxThread.call(rowUpdates::get);
        System.out.printf("flood: %d row-list updates for %d payloads; %d probes, slowest %d ms%n",
                updates, TOTAL, probeMillis.size(), probeMillis.stream().mapToLong(Long::longValue).max().orElse(0));
        assertTrue(updates <= TOTAL / 100,
                updates + " row-list updates: payloads arrive in batches (at most one per pulse), not one by one");
        assertTrue(updates >= TOTAL / TrafficViewModel.MAX_ROWS_PER_PULSE, "no pulse takes more than its share");
    }

    private static long lastShownSequence(TrafficViewModel model) {
        return model.rows().isEmpty() ? 0 : model.rows().getLast().sequence();
    }
}
