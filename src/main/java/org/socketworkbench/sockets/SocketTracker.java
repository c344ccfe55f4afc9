package org.socketworkbench.sockets;

import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.TrafficEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The socket list's data, kept current from the engine's observation interface on engine
 * threads: state, addresses, counters and rates per socket. The UI asks for what changed since
 * it last asked ({@link #drainChanges()}), once per frame at most, so a flood of traffic costs
 * the FX thread one small batch per pulse. Thread-safe; never blocks the engine.
 */
public final class SocketTracker implements EngineObserver {

    /** A destroyed socket in {@link #drainChanges()}: its row disappears. */
    public static final SocketRow REMOVED = null;

    private final ConcurrentHashMap<Integer, TrackedSocket> sockets = new ConcurrentHashMap<>();
    private final Map<Integer, Boolean> dirty = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public SocketTracker() {
        this(System::nanoTime);
    }

    public SocketTracker(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    @Override
    public void socketChanged(SocketEvent event) {
        if (event.state() == SocketState.DESTROYED) {
            sockets.remove(event.socketId());
        } else {
            sockets.computeIfAbsent(event.socketId(), id -> new TrackedSocket(id, event.kind(), nanoClock.getAsLong()))
                    .update(event);
        }
        dirty.put(event.socketId(), Boolean.TRUE);
    }

    @Override
    public void traffic(TrafficEvent event) {
        TrackedSocket socket = sockets.get(event.socketId());
        if (socket != null) {
            socket.count(event.direction(), event.payload().length);
            dirty.put(event.socketId(), Boolean.TRUE);
        }
    }

    /** Shows an operation's outcome in its socket's row ("connect: -102 ERR_CONNECTION_REFUSED"). */
    public void record(OperationOutcome outcome) {
        TrackedSocket socket = sockets.get(outcome.socketId());
        if (socket != null) {
            socket.record(outcome);
            dirty.put(outcome.socketId(), Boolean.TRUE);
        }
    }

    /** Recomputes the per-second rates; call about once a second. */
    public void tick() {
        long now = nanoClock.getAsLong();
        sockets.forEach((id, socket) -> {
            if (socket.updateRates(now)) {
                dirty.put(id, Boolean.TRUE);
            }
        });
    }

    /** Rows changed since the last call, in id order; a {@link #REMOVED} (null) value means gone. */
    public Map<Integer, SocketRow> drainChanges() {
        Map<Integer, SocketRow> changes = new LinkedHashMap<>();
        for (Integer id : dirty.keySet().stream().sorted().toList()) {
            dirty.remove(id);
            TrackedSocket socket = sockets.get(id);
            changes.put(id, socket == null ? REMOVED : socket.row());
        }
        return changes;
    }

    /** Every row now. */
    public List<SocketRow> rows() {
        return sockets.values().stream().map(TrackedSocket::row).sorted(java.util.Comparator.comparingInt(SocketRow::id)).toList();
    }

    /**
     * The connections a TCP server accepted that are still connected, in id order: whom "send to
     * all connections" reaches. Walks every socket (a few microseconds per thousand), so ask per
     * pulse at most.
     */
    public List<SocketRow> connectionsOf(int serverId) {
        return sockets.values().stream().filter(socket -> socket.acceptedBy(serverId)).map(TrackedSocket::row)
                .filter(row -> row.status() == SocketStatus.CONNECTED || row.status() == SocketStatus.SECURED)
                .sorted(java.util.Comparator.comparingInt(SocketRow::id)).toList();
    }

    /** One socket's row, or null. */
    public SocketRow row(int id) {
        TrackedSocket socket = sockets.get(id);
        return socket == null ? null : socket.row();
    }

    /** Everything one socket has told us; synchronized per socket. */
    private static final class TrackedSocket {
        private final int id;
        private final SocketKind kind;
        private int parentId;
        private SocketState state = SocketState.FRESH;
        private int stateResult;
        private boolean everListened;
        private boolean everConnected;
        private String local = "";
        private String peer = "";
        private List<String> groups = List.of();
        private String lastResult = "";
        private boolean lastFailed;
        private long bytesIn;
        private long bytesOut;
        private long messagesIn;
        private long messagesOut;
        private long rateMarkNanos;
        private long rateMarkIn;
        private long rateMarkOut;
        private double rateIn;
        private double rateOut;

        TrackedSocket(int id, SocketKind kind, long now) {
            this.id = id;
            this.kind = kind;
            this.rateMarkNanos = now;
        }

        synchronized void update(SocketEvent event) {
            parentId = event.parentId();
            state = event.state();
            stateResult = event.resultCode();
            everListened |= state == SocketState.LISTENING;
            everConnected |= state == SocketState.CONNECTING || state == SocketState.CONNECTED;
            if (event.localAddress() != null) {
                local = endpoint(event.localAddress(), event.localPort());
            }
            peer = event.peerAddress() == null ? (state == SocketState.DISCONNECTED ? peer : "")
                    : endpoint(event.peerAddress(), event.peerPort());
            groups = event.joinedGroups();
        }

        synchronized boolean acceptedBy(int serverId) {
            return parentId == serverId;
        }

        synchronized void count(Direction direction, int bytes) {
            if (direction == Direction.IN) {
                bytesIn += bytes;
                messagesIn++;
            } else {
                bytesOut += bytes;
                messagesOut++;
            }
        }

        synchronized void record(OperationOutcome outcome) {
            lastResult = outcome.brief();
            lastFailed = !outcome.succeeded();
        }

        synchronized boolean updateRates(long now) {
            double seconds = (now - rateMarkNanos) / 1e9;
            if (seconds <= 0) {
                return false;
            }
            double in = (bytesIn - rateMarkIn) / seconds;
            double out = (bytesOut - rateMarkOut) / seconds;
            boolean changed = in != rateIn || out != rateOut;
            rateIn = in;
            rateOut = out;
            rateMarkNanos = now;
            rateMarkIn = bytesIn;
            rateMarkOut = bytesOut;
            return changed;
        }

        synchronized SocketRow row() {
            SocketStatus status = SocketStatus.of(state, stateResult);
            if (lastFailed && (status == SocketStatus.FRESH || status == SocketStatus.CLOSED)) {
                status = SocketStatus.ERROR;
            }
            return new SocketRow(id, parentId, kind, role(), status, local, peer, bytesIn, bytesOut, messagesIn,
                    messagesOut, rateIn, rateOut, lastResult, groups);
        }

        private SocketRole role() {
            if (kind == SocketKind.UDP) {
                return SocketRole.UDP;
            }
            if (parentId != 0) {
                return SocketRole.TCP_ACCEPTED;
            }
            return everListened ? SocketRole.TCP_SERVER : everConnected ? SocketRole.TCP_CLIENT : SocketRole.TCP_UNUSED;
        }

        private static String endpoint(String address, int port) {
            return (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
        }
    }
}
