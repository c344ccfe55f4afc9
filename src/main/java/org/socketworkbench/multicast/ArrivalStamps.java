package org.socketworkbench.multicast;

import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.TrafficEvent;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.LongSupplier;

/**
 * The moment a receiver's datagram arrived, taken on the engine's receiving thread right after
 * the socket returned it, not after the hand-over to the callback thread (which costs 0.1 ms and
 * more on a busy machine, and would show as one-way latency). The engine stamps each received
 * payload for its observers ({@link TrafficEvent#timestampNanos()}) just before it dispatches the
 * recvFrom callback, in the same order, under the socket's lock; so the stamps of one socket
 * queue up in the order its callbacks come and the callback takes the oldest. Zero-length
 * datagrams carry no payload event, so their callback takes none.
 *
 * <p>The engine stamps with {@link EpochClock}, which is the system probe clock; a roster on
 * another clock (a test's) gets the stamps moved by the difference of the two, measured when the
 * receiver opens. Thread-safe.
 */
final class ArrivalStamps implements EngineObserver {

    private final int socketId;
    private final LongSupplier clock;
    private final long engineToProbe;
    private final Queue<Long> stamps = new ConcurrentLinkedQueue<>();

    ArrivalStamps(int socketId, LongSupplier clock) {
        this.socketId = socketId;
        this.clock = clock;
        long engineNow = EpochClock.nowNanos();
        long offset = clock.getAsLong() - engineNow;
        this.engineToProbe = Math.abs(offset) < 1_000_000 ? 0 : offset; // below 1 ms: the same clock, read twice
    }

    @Override
    public void traffic(TrafficEvent event) {
        if (event.socketId() == socketId && event.direction() == Direction.IN && event.kind() == SocketKind.UDP) {
            stamps.add(event.timestampNanos() + engineToProbe);
        }
    }

    /** The arrival of the datagram whose callback runs now; the probe clock's now if no stamp is queued. */
    long take(int resultCode) {
        if (resultCode <= 0) {
            return clock.getAsLong();
        }
        Long stamp = stamps.poll();
        return stamp == null ? clock.getAsLong() : stamp;
    }
}
