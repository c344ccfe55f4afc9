package org.socketworkbench.sockets;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.TrafficEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The socket list's data, fed with engine events as the engine's observer would be. */
class SocketTrackerTest {

    private final AtomicLong now = new AtomicLong();
    private final SocketTracker tracker = new SocketTracker(now::get);

    private static SocketEvent event(int id, SocketKind kind, SocketState state, int parent, String peer, int result) {
        return new SocketEvent(0, id, kind, state, parent, "127.0.0.1", 5000, peer, peer == null ? 0 : 6000,
                "test", result, List.of());
    }

    private static TrafficEvent traffic(int id, Direction direction, int bytes) {
        return new TrafficEvent(0, id, SocketKind.TCP, direction, false, "127.0.0.1", 5000, "127.0.0.1", 6000,
                new byte[bytes]);
    }

    @Test
    void rolesAndStatesFollowTheEvents() {
        tracker.socketChanged(event(1, SocketKind.TCP, SocketState.LISTENING, 0, null, 0));
        tracker.socketChanged(event(2, SocketKind.TCP, SocketState.CONNECTED, 1, "127.0.0.1", 0));
        tracker.socketChanged(event(3, SocketKind.TCP, SocketState.CONNECTING, 0, null, 0));
        tracker.socketChanged(event(3, SocketKind.TCP, SocketState.DISCONNECTED, 0, null, -102));
        tracker.socketChanged(event(4, SocketKind.UDP, SocketState.BOUND, 0, null, 0));
        Map<Integer, SocketRow> rows = tracker.drainChanges();
        assertEquals(SocketRole.TCP_SERVER, rows.get(1).role());
        assertEquals(SocketRole.TCP_ACCEPTED, rows.get(2).role());
        assertEquals("127.0.0.1:6000", rows.get(2).peer());
        assertEquals(SocketRole.TCP_CLIENT, rows.get(3).role());
        assertEquals(SocketStatus.ERROR, rows.get(3).status(), "a failed connect shows as error");
        assertEquals(SocketStatus.BOUND, rows.get(4).status());
        assertTrue(tracker.drainChanges().isEmpty(), "nothing changed since");
    }

    @Test
    void trafficIsCountedAndRatesComeFromTheTick() {
        tracker.socketChanged(event(7, SocketKind.TCP, SocketState.CONNECTED, 0, "127.0.0.1", 0));
        tracker.traffic(traffic(7, Direction.IN, 100));
        tracker.traffic(traffic(7, Direction.IN, 50));
        tracker.traffic(traffic(7, Direction.OUT, 10));
        now.set(2_000_000_000L);
        tracker.tick();
        SocketRow row = tracker.row(7);
        assertEquals(150, row.bytesIn());
        assertEquals(2, row.messagesIn());
        assertEquals(10, row.bytesOut());
        assertEquals(75.0, row.rateIn(), 1e-9);
        assertEquals(5.0, row.rateOut(), 1e-9);
    }

    @Test
    void aRecordedFailureShowsInTheRowAndADestroyedSocketDisappears() {
        tracker.socketChanged(event(9, SocketKind.UDP, SocketState.FRESH, 0, null, 0));
        tracker.record(OperationOutcome.of(9, "bind to 0.0.0.0:53", -10, Optional.empty()));
        assertEquals("bind: -10 ERR_ACCESS_DENIED", tracker.row(9).lastResult());
        assertEquals(SocketStatus.ERROR, tracker.row(9).status());
        tracker.drainChanges();
        tracker.socketChanged(event(9, SocketKind.UDP, SocketState.DESTROYED, 0, null, 0));
        Map<Integer, SocketRow> changes = tracker.drainChanges();
        assertTrue(changes.containsKey(9));
        assertNull(changes.get(9), "a destroyed socket's row is removed");
        assertNull(tracker.row(9));
    }

    @Test
    void aServersConnectionsAreItsConnectedAcceptedSocketsInIdOrder() {
        tracker.socketChanged(event(1, SocketKind.TCP, SocketState.LISTENING, 0, null, 0));
        tracker.socketChanged(event(4, SocketKind.TCP, SocketState.CONNECTED, 1, "127.0.0.1", 0));
        tracker.socketChanged(event(2, SocketKind.TCP, SocketState.CONNECTED, 1, "127.0.0.1", 0));
        tracker.socketChanged(event(3, SocketKind.TCP, SocketState.DISCONNECTED, 1, null, 0));
        tracker.socketChanged(event(5, SocketKind.TCP, SocketState.CONNECTED, 9, "127.0.0.1", 0));
        tracker.socketChanged(event(6, SocketKind.TCP, SocketState.CONNECTED, 0, "127.0.0.1", 0));
        assertEquals(List.of(2, 4), tracker.connectionsOf(1).stream().map(SocketRow::id).toList(),
                "closed ones, another server's and a client are left out");
        assertEquals(List.of(), tracker.connectionsOf(6));
    }
}
