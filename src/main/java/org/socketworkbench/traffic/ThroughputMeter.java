package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Direction;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bytes per second in and out, in total and per socket, over a sliding window of whole seconds.
 * Fed on engine threads ({@code capture.addListener(meter)}); recording a payload is a map lookup
 * and two short locked additions. Sockets quiet for longer than the window are forgotten.
 */
public final class ThroughputMeter implements CaptureListener {

    /** Seconds of history kept. */
    public static final int DEFAULT_WINDOW_SECONDS = 60;

    private static final int PRUNE_THRESHOLD = 256;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int windowSeconds;
    private final RateWindow total;
    private final ConcurrentHashMap<Integer, RateWindow> perSocket = new ConcurrentHashMap<>();

    public ThroughputMeter() {
        this(DEFAULT_WINDOW_SECONDS);
    }

    public ThroughputMeter(int windowSeconds) {
        if (windowSeconds < 1) {
            throw new IllegalArgumentException(Texts.get("traffic.limits.window", windowSeconds));
        }
        this.windowSeconds = windowSeconds;
        this.total = new RateWindow(windowSeconds);
    }

    @Override
    public void appended(CapturedPayload payload) {
        record(payload.timestampNanos(), payload.socketId(), payload.direction(), payload.length());
    }

    /** Counts {@code bytes} for the socket and the total in the second of {@code timestampNanos}. */
    public void record(long timestampNanos, int socketId, Direction direction, int bytes) {
        long second = Math.floorDiv(timestampNanos, NANOS_PER_SECOND);
        total.add(second, direction, bytes);
        RateWindow window = perSocket.get(socketId);
        if (window == null) {
            if (perSocket.size() >= PRUNE_THRESHOLD) {
                forgetQuietSockets(second);
            }
            window = perSocket.computeIfAbsent(socketId, id -> new RateWindow(windowSeconds));
        }
        window.add(second, direction, bytes);
    }

    /**
     * All sockets together: one sample per second, oldest first, for the window of whole seconds
     * that ends just before the second containing {@code nowNanos} (that one is not over yet).
     */
    public List<ThroughputSample> total(long nowNanos) {
        forgetQuietSockets(Math.floorDiv(nowNanos, NANOS_PER_SECOND));
        return total.samples(lastCompleteSecond(nowNanos));
    }

    /** Like {@link #total} for one socket; all zeros for a socket that was quiet. */
    public List<ThroughputSample> forSocket(int socketId, long nowNanos) {
        RateWindow window = perSocket.get(socketId);
        return (window != null ? window : new RateWindow(windowSeconds)).samples(lastCompleteSecond(nowNanos));
    }

    /** Whether the window ending at {@code nowNanos} still shows any traffic. */
    public boolean hasTrafficInWindow(long nowNanos) {
        return total.lastSecond() > lastCompleteSecond(nowNanos) - windowSeconds;
    }

    private long lastCompleteSecond(long nowNanos) {
        return Math.floorDiv(nowNanos, NANOS_PER_SECOND) - 1;
    }

    private void forgetQuietSockets(long nowSecond) {
        perSocket.values().removeIf(window -> window.lastSecond() < nowSecond - windowSeconds - 1);
    }
}
