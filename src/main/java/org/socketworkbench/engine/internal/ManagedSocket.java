package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * What TCP and UDP sockets share: id, engine context, callback order, a lock for state, and the
 * epoch that tells an operation whether the socket was closed while it ran.
 */
public abstract sealed class ManagedSocket permits TcpSocket, UdpSocket {

    protected final int id;
    protected final EngineContext context;
    protected final CallbackDispatcher callbacks;
    protected final ReentrantLock lock = new ReentrantLock();
    /** Bumped by disconnect and destroy: operations started in an older epoch were cut short. */
    protected int epoch;
    protected boolean destroyed;

    protected ManagedSocket(int id, EngineContext context) {
        this.id = id;
        this.context = context;
        this.callbacks = new CallbackDispatcher(context);
    }

    public int id() {
        return id;
    }

    /** The epoch now, for operations that first do work outside the socket (DNS). */
    public final int epoch() {
        // on every write: a plain lock, no lambda
        lock.lock();
        try {
            return epoch;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether an operation begun in {@code callEpoch} was cut short by disconnect or destroy while
     * it ran (it then reports -100). Called with the lock held.
     */
    protected final boolean cutShort(int callEpoch) {
        return destroyed || callEpoch != epoch;
    }

    /** {@link #cutShort} for a caller that does not hold the lock (a blocking step between two locked ones). */
    protected final boolean cutShortNow(int callEpoch) {
        return locked(() -> cutShort(callEpoch));
    }

    /** Runs {@code action} with the lock held: for short reads and writes of socket state off the data path. */
    protected final <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    /** Closes an OS socket whose close may fail: it is gone either way, and nothing waits for it. */
    protected static void closeQuietly(Closeable channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do about a socket that does not close cleanly
        }
    }

    public CallbackDispatcher callbacks() {
        return callbacks;
    }

    public abstract SocketKind kind();

    /** chrome.socket getInfo. */
    public abstract SocketInfo info();

    /** chrome.socket disconnect: closes the OS socket, cuts pending operations short. */
    public abstract void disconnect();

    /** chrome.socket destroy: like disconnect, and the socket is gone for good. */
    public final void destroy() {
        lock.lock();
        try {
            if (destroyed) {
                return;
            }
            destroyed = true;
            closeResources();
            emit("destroy", 0);
        } finally {
            lock.unlock();
        }
        abortQueuedWrites();
    }

    /** Closes OS resources and bumps the epoch. Called with the lock held. */
    protected abstract void closeResources();

    protected abstract void abortQueuedWrites();

    protected abstract SocketState state();

    protected abstract SocketEvent snapshot(String cause, int resultCode);

    /** Tells observers about the socket's state now. */
    protected final void emit(String cause, int resultCode) {
        context.observers().socketChanged(() -> snapshot(cause, resultCode));
    }

    /** The current state as an observation event. */
    public final SocketEvent currentState() {
        return locked(() -> snapshot("snapshot", 0));
    }

    protected final SocketEvent event(String cause, int resultCode, int parentId, String local, int localPort,
                                      String peer, int peerPort, List<String> groups) {
        return new SocketEvent(EpochClock.nowNanos(), id, kind(), destroyed ? SocketState.DESTROYED : state(),
                parentId, local, localPort, peer, peerPort, cause, resultCode, groups);
    }
}
