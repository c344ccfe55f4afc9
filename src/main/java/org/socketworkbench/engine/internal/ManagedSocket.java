package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

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
        lock.lock();
        try {
            return epoch;
        } finally {
            lock.unlock();
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
        lock.lock();
        try {
            return snapshot("snapshot", 0);
        } finally {
            lock.unlock();
        }
    }

    protected final SocketEvent event(String cause, int resultCode, int parentId, String local, int localPort,
                                      String peer, int peerPort, List<String> groups) {
        return new SocketEvent(ObserverHub.nowEpochNanos(), id, kind(), destroyed ? SocketState.DESTROYED : state(),
                parentId, local, localPort, peer, peerPort, cause, resultCode, groups);
    }
}
