package org.socketworkbench.ui.shell;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.sockets.OperationOutcome;
import org.socketworkbench.sockets.SendJob;
import org.socketworkbench.sockets.SendRequest;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketTracker;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notifier driven pulse by pulse, without a window: the test thread plays the FX thread,
 * running what the engine side hands over and then a pulse, once per "frame".
 */
class OutcomeNotifierTest {

    private static final long FRAME_MILLIS = 16;
    private static final int WRITES = 10_000;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private final List<String> statusUpdates = new ArrayList<>();
    private final List<String> alerts = new ArrayList<>();
    private long now = 1_000_000_000L;
    private final OutcomeNotifier notifier = new OutcomeNotifier(tracker, statusUpdates::add, alerts::add, () -> now, false);

    /** What SocketActions hands to the UI thread, run by the test's "pulses". */
    private final ConcurrentLinkedQueue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final Executor uiThread = handedOver::add;

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aRepeatedSendOf10000WritesIsOneStatusUpdatePerPulseNotOnePerWrite() throws Exception {
        engine.addObserver(tracker);
        SocketActions actions = new SocketActions(engine, notifier, uiThread);
        try (DatagramChannel receiver = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
            int socket = new Sync(engine).boundUdp()[0];
            CompletableFuture<SendJob.Progress> finished = new CompletableFuture<>();
            new SendJob(actions, new SendRequest(socket, new byte[] {1, 2, 3}, "127.0.0.1", port, WRITES, 0),
                    progress -> {
                        if (progress.finished()) {
                            finished.complete(progress);
                        }
                    }).start();

            int pulses = 0;
            int outcomes = 0;
            while (!finished.isDone() || !handedOver.isEmpty()) {
                awaitFrame(finished);
                Runnable task;
                while ((task = handedOver.poll()) != null) {
                    task.run();
                    outcomes++;
                }
                notifier.pulse();
                pulses++;
            }
            assertEquals(WRITES, finished.get().sent());
            assertNull(finished.get().failure());
            assertTrue(outcomes >= WRITES, "every write's outcome was handed over: " + outcomes);
            assertTrue(statusUpdates.size() <= pulses, statusUpdates.size() + " status updates in " + pulses + " pulses");
            assertTrue(statusUpdates.size() < WRITES / 10, statusUpdates.size() + " status updates for " + WRITES + " writes");
            assertEquals("Socket " + socket + ": send 3 bytes to 127.0.0.1:" + port + ": ok", statusUpdates.getLast());
            assertEquals("send: ok", tracker.row(socket).lastResult());
            assertEquals(List.of(), alerts);
        }
    }

    @Test
    void eachSocketsRowGetsItsLatestOutcomeAndTheStatusBarTheLatestOfAll() {
        engine.addObserver(tracker);
        Sync sync = new Sync(engine);
        int first = sync.boundUdp()[0];
        int second = sync.boundUdp()[0];
        notifier.accept(ok(first, "set multicast TTL 1"));
        notifier.accept(ok(second, "bind to 127.0.0.1:0"));
        notifier.accept(ok(first, "join 239.1.2.3"));
        assertEquals(List.of(), statusUpdates, "nothing is shown before the pulse");
        assertTrue(notifier.pulse());
        assertEquals(List.of("Socket " + first + ": join 239.1.2.3: ok"), statusUpdates);
        assertEquals("join: ok", tracker.row(first).lastResult());
        assertEquals("bind: ok", tracker.row(second).lastResult());
        assertFalse(notifier.pulse(), "a quiet pulse changes nothing");
        assertEquals(1, statusUpdates.size());
    }

    @Test
    void aBurstOfFailuresIsOneNotificationWithACountAndTheNextWaitsHalfASecond() {
        for (int i = 0; i < 5; i++) {
            notifier.accept(failed(3, "write 4 bytes"));
        }
        notifier.pulse();
        assertEquals(List.of("Socket 3: write 4 bytes failed: -15 ERR_SOCKET_NOT_CONNECTED. The socket is not connected"
                + " (and 4 more errors, see the socket list)"), alerts);

        now += 100_000_000L;
        notifier.accept(failed(3, "write 5 bytes"));
        notifier.pulse();
        assertEquals(1, alerts.size(), "within half a second of the last one: counted, not shown");
        assertTrue(statusUpdates.getLast().startsWith("Socket 3: write 5 bytes failed"), statusUpdates.getLast());

        now += 500_000_000L;
        notifier.accept(failed(4, "connect to 127.0.0.1:9"));
        notifier.pulse();
        assertEquals(2, alerts.size());
        assertTrue(alerts.getLast().startsWith("Socket 4: connect to 127.0.0.1:9 failed"), alerts.getLast());
        assertTrue(alerts.getLast().endsWith("(and 1 more errors, see the socket list)"), alerts.getLast());
    }

    private static OperationOutcome ok(int socket, String operation) {
        return OperationOutcome.of(socket, operation, 0, Optional.empty());
    }

    private static OperationOutcome failed(int socket, String operation) {
        return OperationOutcome.of(socket, operation, -15, Optional.empty());
    }

    /** Waits one frame, or less when the job finishes first. */
    private static void awaitFrame(CompletableFuture<?> finished) throws Exception {
        try {
            finished.get(FRAME_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // a frame passed
        }
    }
}
