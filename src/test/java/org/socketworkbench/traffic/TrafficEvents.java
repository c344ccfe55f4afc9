package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.TrafficEvent;

import java.nio.charset.StandardCharsets;

/** Builds the TrafficEvents the engine would report, for feeding captures in tests. */
public final class TrafficEvents {

    /** 2025-01-02T03:04:05.000000006Z, a fixed point in time. */
    public static final long T0 = 1_735_787_045_000_000_006L;

    private TrafficEvents() {
    }

    /** A TCP payload between 127.0.0.1:40000 (local) and 127.0.0.1:7 (peer). */
    public static TrafficEvent tcp(int socketId, Direction direction, String text) {
        return tcp(socketId, direction, text.getBytes(StandardCharsets.UTF_8));
    }

    public static TrafficEvent tcp(int socketId, Direction direction, byte[] payload) {
        return event(T0, socketId, SocketKind.TCP, direction, "127.0.0.1", 40000, "127.0.0.1", 7, payload);
    }

    public static TrafficEvent udp(int socketId, Direction direction, String peer, int peerPort, String text) {
        return event(T0, socketId, SocketKind.UDP, direction, "127.0.0.1", 50000, peer, peerPort,
                text.getBytes(StandardCharsets.UTF_8));
    }

    public static TrafficEvent event(long timestampNanos, int socketId, SocketKind kind, Direction direction,
                                     String local, int localPort, String peer, int peerPort, byte[] payload) {
        return new TrafficEvent(timestampNanos, socketId, kind, direction, false, local, localPort, peer, peerPort, payload);
    }

    /** The same event at another time. */
    public static TrafficEvent at(long timestampNanos, TrafficEvent e) {
        return new TrafficEvent(timestampNanos, e.socketId(), e.kind(), e.direction(), e.secured(),
                e.localAddress(), e.localPort(), e.peerAddress(), e.peerPort(), e.payload());
    }
}
