package org.socketworkbench.traffic;

import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.TrafficEvent;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The traffic tap's store: every payload the engine reports, in arrival order, in a ring buffer
 * bounded by {@link CaptureLimits}. When a cap is reached the oldest payloads are dropped and
 * counted ({@link CaptureStats#dropped()}).
 *
 * <p>Register it with the engine ({@code engine.addObserver(capture)}). Appending takes one short
 * lock (no I/O, no waiting for readers), so many engine threads can append at once. Readers such
 * as the traffic view pull {@linkplain #since everything after the sequence they last saw} in one
 * batch; exporters take a {@linkplain #snapshot() snapshot}. Payload bytes are copied into
 * large shared arrays ({@link PayloadSlabs}), which the garbage collector never has to copy.
 */
public final class TrafficCapture implements EngineObserver {

    private static final int INITIAL_RING_SIZE = 1024;

    private final CaptureLimits limits;
    private final FlowInterner flows = new FlowInterner();
    private final List<CaptureListener> listeners = new CopyOnWriteArrayList<>();
    private volatile FlowRoutes routes = FlowRoutes.NONE;
    private final Object lock = new Object();

    private final PayloadSlabs slabs;
    private CapturedPayload[] ring;
    private int head;
    private int size;
    private long retainedBytes;
    private long nextSequence = 1;
    private long dropped;
    private long startNanos;

    /** A capture with the default caps: one million payloads or 256 MiB. */
    public TrafficCapture() {
        this(CaptureLimits.DEFAULT);
    }

    public TrafficCapture(CaptureLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.ring = new CapturedPayload[initialRingSize()];
        this.slabs = new PayloadSlabs(limits.maxBytes());
    }

    /** Engine callback: stores the payload. */
    @Override
    public void traffic(TrafficEvent event) {
        append(event);
    }

    /** Stores one payload (dropping the oldest if a cap is exceeded) and tells the listeners. */
    public CapturedPayload append(TrafficEvent event) {
        byte[] payload = Objects.requireNonNull(event.payload(), "payload");
        TrafficFlow candidate = new TrafficFlow(event.socketId(), event.kind(), event.direction(), event.secured(),
                event.localAddress(), event.localPort(), event.peerAddress(), event.peerPort(), routeOf(event));
        TrafficFlow flow = flows.intern(candidate);
        CapturedPayload entry;
        synchronized (lock) {
            entry = slabs.store(nextSequence++, event.timestampNanos(), flow, flow == candidate, payload);
            if (startNanos == 0) {
                startNanos = entry.timestampNanos();
            }
            if (size == ring.length) {
                growRing();
            }
            ring[(head + size) % ring.length] = entry;
            size++;
            retainedBytes += entry.retainedBytes();
            while (size > 1 && (size > limits.maxPayloads() || retainedBytes > limits.maxBytes())) {
                dropOldest();
            }
        }
        for (CaptureListener listener : listeners) {
            listener.appended(entry);
        }
        return entry;
    }

    /**
     * Who places each payload from now on in its relay conversation (see {@link FlowRoute}): asked
     * on the appending thread, before the payload is stored.
     */
    public void routeBy(FlowRoutes routes) {
        this.routes = Objects.requireNonNull(routes, "routes");
    }

    /** The payload's route, or null; a failing classifier costs the route, never the payload. */
    private FlowRoute routeOf(TrafficEvent event) {
        try {
            return routes.routeOf(event).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Calls the listener on the appending thread for every payload stored from now on. */
    public void addListener(CaptureListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(CaptureListener listener) {
        listeners.remove(listener);
    }

    /**
     * The payloads appended after {@code afterSequence} that are still held, oldest first, at
     * most {@code maxPayloads} of them, together with the counters. Pass the last sequence
     * number you have seen (0 at first); payloads dropped before you asked are skipped.
     */
    public CaptureBatch since(long afterSequence, int maxPayloads) {
        synchronized (lock) {
            long oldest = nextSequence - size;
            long skip = Math.max(0, afterSequence + 1 - oldest);
            int count = (int) Math.max(0, Math.min(maxPayloads, size - skip));
            return new CaptureBatch(unmodifiable(copy((int) Math.min(skip, size), count)), statsLocked());
        }
    }

    /** Every payload held now, oldest first. */
    public List<CapturedPayload> snapshot() {
        synchronized (lock) {
            return unmodifiable(copy(0, size));
        }
    }

    public CaptureStats stats() {
        synchronized (lock) {
            return statsLocked();
        }
    }

    /** Forgets every payload and resets the dropped count; sequence numbers go on increasing. */
    public void clear() {
        synchronized (lock) {
            ring = new CapturedPayload[initialRingSize()];
            slabs.reset();
            head = 0;
            size = 0;
            retainedBytes = 0;
            dropped = 0;
            startNanos = 0;
        }
    }

    private CaptureStats statsLocked() {
        return new CaptureStats(size, retainedBytes, dropped, nextSequence - size, nextSequence - 1, startNanos, limits);
    }

    private CapturedPayload[] copy(int from, int count) {
        CapturedPayload[] out = new CapturedPayload[count];
        int start = (head + from) % ring.length;
        int firstPart = Math.min(count, ring.length - start);
        System.arraycopy(ring, start, out, 0, firstPart);
        System.arraycopy(ring, 0, out, firstPart, count - firstPart);
        return out;
    }

    private static List<CapturedPayload> unmodifiable(CapturedPayload[] payloads) {
        return Collections.unmodifiableList(Arrays.asList(payloads));
    }

    private void dropOldest() {
        retainedBytes -= ring[head].retainedBytes();
        ring[head] = null;
        head = (head + 1) % ring.length;
        size--;
        dropped++;
    }

    private void growRing() {
        int capacity = (int) Math.min(limits.maxPayloads() + 1L, Math.max(INITIAL_RING_SIZE, ring.length * 2L));
        CapturedPayload[] grown = copy(0, size);
        ring = Arrays.copyOf(grown, capacity);
        head = 0;
    }

    private int initialRingSize() {
        return Math.min(INITIAL_RING_SIZE, limits.maxPayloads() + 1);
    }
}
