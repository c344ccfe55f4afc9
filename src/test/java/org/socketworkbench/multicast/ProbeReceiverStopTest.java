package org.socketworkbench.multicast;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a probe receiver's loop ends: closed, quietly (its last read fails with the destroyed
 * socket, and any lastError is read, not left for the engine to warn about); otherwise with the
 * reason kept, never silently.
 */
class ProbeReceiverStopTest {

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final SocketEngine engine = SocketEngine.builder().warnings(warnings::add).build();
    private final Sync sync = new Sync(engine);
    private final Roster roster = new Roster(ProbeClock.system(), new ClockDomain("test-host", false));
    private final Channel channel = new Channel(GroupAddress.parse("239.255.42.2:45124"), "lo");

    @AfterEach
    void close() {
        engine.close();
    }

    private ProbeReceiver receiver() throws Exception {
        return ProbeReceiver.open(engine, channel, roster).get(10, TimeUnit.SECONDS);
    }

    /** Callbacks run in order on the engine's one callback thread: this one runs after every earlier one. */
    private void afterEarlierCallbacks() {
        sync.create("udp");
    }

    @Test
    void closingEndsTheLoopWithoutAWarningOrAFailure() throws Exception {
        ProbeReceiver receiver = receiver();
        receiver.close();
        afterEarlierCallbacks();
        assertEquals(List.of(), warnings);
        assertTrue(receiver.failure().isEmpty(), () -> receiver.failure().get());
    }

    @Test
    void aSocketDestroyedUnderneathIsAFailureWithItsReason() throws Exception {
        ProbeReceiver receiver = receiver();
        engine.destroy(receiver.socketId());
        Eventually.await(Duration.ofSeconds(10), () -> receiver.failure().isPresent(), () -> "still receiving");
        afterEarlierCallbacks();
        assertTrue(receiver.failure().get().contains("ERR_CONNECTION_CLOSED"), receiver.failure().get());
        assertEquals(List.of(), warnings);
    }
}
