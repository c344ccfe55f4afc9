package org.socketworkbench.engine.internal;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * The engine's live sockets by id. Ids start at 1, only grow, and are never reused (contract
 * §2.3). Once closed, it refuses new sockets.
 */
public final class SocketRegistry {

    private final ConcurrentHashMap<Integer, ManagedSocket> sockets = new ConcurrentHashMap<>();
    private final AtomicInteger lastId = new AtomicInteger();
    private volatile boolean closed;

    /** Creates and registers a socket with a new id; null when the registry is closed or the factory gave up. */
    public synchronized <T extends ManagedSocket> T register(IntFunction<T> factory) {
        if (closed) {
            return null;
        }
        T socket = factory.apply(lastId.incrementAndGet());
        if (socket != null) {
            sockets.put(socket.id(), socket);
        }
        return socket;
    }

    public ManagedSocket get(int id) {
        return sockets.get(id);
    }

    /** Removes and returns the socket, or null when the id is unknown. */
    public ManagedSocket remove(int id) {
        return sockets.remove(id);
    }

    public List<ManagedSocket> all() {
        return List.copyOf(sockets.values());
    }

    public int size() {
        return sockets.size();
    }

    /** Refuses new sockets from now on and hands back the live ones. */
    public synchronized List<ManagedSocket> close() {
        closed = true;
        return all();
    }

    public boolean isClosed() {
        return closed;
    }
}
