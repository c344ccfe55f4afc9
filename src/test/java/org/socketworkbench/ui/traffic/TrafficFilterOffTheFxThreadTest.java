package org.socketworkbench.ui.traffic;

import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.traffic.TrafficEvents;
import org.socketworkbench.traffic.TrafficFilter;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A filter applied to a full capture (a million payloads) on the real FX toolkit: the pass runs
 * in the background, the FX thread keeps answering within a frame-ish bound all the while, and
 * the view then holds exactly the matching payloads.
 */
class TrafficFilterOffTheFxThreadTest {

    private static final int PAYLOADS = 1_000_000;
    private static final int SOCKETS = 20;
    /** The longest the FX thread may take to run a posted ping while the filter runs. */
    private static final long PING_BOUND_MILLIS = 100;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    private final TrafficCapture capture = new TrafficCapture();

    @Test
    void filteringAMillionPayloadsKeepsTheFxThreadAnsweringAndShowsExactlyTheMatches() throws Exception {
        for (int i = 0; i < PAYLOADS; i++) {
            capture.append(TrafficEvents.event(TrafficEvents.T0 + i, i % SOCKETS + 1, SocketKind.UDP,
                    (i / SOCKETS) % 2 == 0 ? Direction.OUT : Direction.IN, "127.0.0.1", 50000, "127.0.0.1",
                    5000 + i % 7, ("payload " + i).getBytes(StandardCharsets.UTF_8)));
        }
        assertEquals(PAYLOADS, capture.stats().payloads(), "the capture is full, nothing dropped");
        TrafficViewModel model = FxThread.call(() -> new TrafficViewModel(capture, new ThroughputMeter()));
        FxThread.waitUntil(60, () -> !model.rows().isEmpty() && model.rows().getLast().sequence() == PAYLOADS);

        TrafficFilter filter = TrafficFilter.parse("", Direction.IN, ":500", "77",
                PayloadFormat.TEXT);
        CountDownLatch done = new CountDownLatch(1);
        Pinger pinger = new Pinger();
        pinger.start();
        long started = System.nanoTime();
        boolean runningAfterSetFilter = FxThread.call(() -> {
            model.filteringProperty().addListener((obs, was, filtering) -> {
                if (!filtering) {
                    done.countDown();
                }
            });
            model.setFilter(filter);
            return model.filteringProperty().get();
        });
        assertTrue(done.await(60, TimeUnit.SECONDS), "the filter is applied");
        long filterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long slowestPingMillis = pinger.stop();
        System.out.printf(Locale.ROOT, "filter over %,d payloads: %d ms, %d pings, slowest answer %d ms%n",
                PAYLOADS, filterMillis, pinger.pings, slowestPingMillis);
        assertTrue(runningAfterSetFilter, "setFilter returns at once; the pass runs in the background");
        assertTrue(slowestPingMillis < PING_BOUND_MILLIS,
                "the FX thread answered a ping only after " + slowestPingMillis + " ms while filtering");

        List<Long> expected = capture.snapshot().stream().filter(filter).map(CapturedPayload::sequence).toList();
        assertTrue(expected.size() > 1_000 && expected.size() < TrafficViewModel.VIEW_LIMIT, "sizes the test: " + expected.size());
        assertEquals(expected, FxThread.call(() -> model.rows().stream().map(CapturedPayload::sequence).toList()));
        assertEquals(1.0, FxThread.call(() -> model.filterProgressProperty().get()));
        FxThread.run(model::dispose);
    }

    /**
     * Posts a runLater every few milliseconds (each once the previous one ran) and keeps the
     * longest the FX thread took to run one.
     */
    private static final class Pinger {

        private final Thread thread = Thread.ofPlatform().name("fx-pinger").unstarted(this::ping);
        private final CountDownLatch stopped = new CountDownLatch(1);
        private volatile long slowestNanos;
        private volatile int pings;
        private volatile AssertionError failure;

        void start() {
            thread.start();
        }

        /** Stops pinging; returns the longest the FX thread took to run a ping, in milliseconds. */
        long stop() throws InterruptedException {
            stopped.countDown();
            thread.join(TimeUnit.SECONDS.toMillis(20));
            if (failure != null) {
                throw failure;
            }
            return TimeUnit.NANOSECONDS.toMillis(slowestNanos);
        }

        private void ping() {
            try {
                while (!stopped.await(2, TimeUnit.MILLISECONDS)) {
                    CountDownLatch pong = new CountDownLatch(1);
                    long sent = System.nanoTime();
                    Platform.runLater(pong::countDown);
                    if (!pong.await(10, TimeUnit.SECONDS)) {
                        throw new AssertionError("the FX thread did not answer a ping within 10 s");
                    }
                    slowestNanos = Math.max(slowestNanos, System.nanoTime() - sent);
                    pings++;
                }
            } catch (InterruptedException e) {
                failure = new AssertionError("interrupted", e);
            } catch (AssertionError e) {
                failure = e;
            }
        }
    }
}
