package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;

import java.io.IOException;

/**
 * read() on a TCP socket (contract §5.6): one outstanding at a time; bytes the liveness probe
 * found are served first, bytes already waiting are read on the calling thread, otherwise a
 * virtual thread waits for them. State is guarded by the socket's lock.
 */
final class TcpReader {

    /**
     * The most one read allocates. A read returns 1..bufferSize bytes, so a huge bufferSize
     * (the multicast sample passes 1 MiB, a careless caller Integer.MAX_VALUE) must not mean a
     * huge allocation.
     */
    private static final int MAX_READ_CHUNK = 1 << 20;

    private final TcpSocket socket;
    private boolean pending;

    TcpReader(TcpSocket socket) {
        this.socket = socket;
    }

    /** Whether a read waits on a virtual thread (it will see a FIN itself: no liveness probe). */
    boolean pending() {
        return pending;
    }

    /** disconnect or destroy: the waiting read is answered -100 by its epoch check. */
    void reset() {
        pending = false;
    }

    void read(int bufferSize, Callback<ReadInfo> callback) {
        socket.lock.lock();
        try {
            ReadInfo refused = refuse(socket.phase(), bufferSize);
            if (refused != null) {
                socket.callbacks.dispatch("read", callback, refused);
                return;
            }
            int chunk = Math.min(bufferSize, MAX_READ_CHUNK);
            if (socket.phase() == TcpPhase.SECURING && socket.serverHandshake() != null) {
                afterServerHandshake(socket.serverHandshake(), chunk, callback);
                return;
            }
            TcpStream stream = socket.stream();
            if (stream.hasPushback()) {
                deliverPushback(stream, chunk, callback);
                return;
            }
            if (!socket.phase().isTls() && readNowInline(stream, chunk, callback)) {
                return;
            }
            pending = true;
            int callEpoch = socket.epoch;
            socket.context.operations().start(() -> blockingRead(stream, chunk, callEpoch, callback));
        } finally {
            socket.lock.unlock();
        }
    }

    /** Chrome's order of read checks: socket type (-2), a read pending, the size, the connection. */
    private ReadInfo refuse(TcpPhase phase, int bufferSize) {
        if (!phase.isClient()) {
            return ReadInfo.of(NetError.FAILED.code());
        }
        if (pending) {
            return ReadInfo.of(NetError.IO_PENDING.code());
        }
        if (bufferSize <= 0) {
            return ReadInfo.of(NetError.INVALID_ARGUMENT.code());
        }
        boolean serverHandshaking = phase == TcpPhase.SECURING && socket.serverHandshake() != null;
        return phase.readable() || serverHandshaking ? null : ReadInfo.of(NetError.SOCKET_NOT_CONNECTED.code());
    }

    /**
     * A read on a connection a TLS listener accepted, while its handshake runs: it waits for the
     * handshake, then reads the plaintext; a failed handshake answers it with the handshake's code.
     */
    private void afterServerHandshake(ServerHandshake handshake, int chunk, Callback<ReadInfo> callback) {
        pending = true;
        int callEpoch = socket.epoch;
        handshake.done().thenAccept(code -> socket.context.operations().start(() -> {
            TcpStream stream;
            socket.lock.lock();
            try {
                if (socket.cutShort(callEpoch)) {
                    socket.callbacks.dispatch("read", callback, ReadInfo.of(NetError.CONNECTION_CLOSED.code()));
                    return;
                }
                if (code != 0) {
                    pending = false;
                    socket.callbacks.dispatch("read", callback, ReadInfo.of(code));
                    return;
                }
                stream = socket.stream();
            } finally {
                socket.lock.unlock();
            }
            blockingRead(stream, chunk, callEpoch, callback);
        }));
    }

    private void deliverPushback(TcpStream stream, int chunk, Callback<ReadInfo> callback) {
        try {
            deliver(stream.takePushback(chunk), callback);
        } catch (IOException e) {
            int error = NetErrors.map(e);
            socket.failConnection("read", error);
            socket.callbacks.dispatch("read", callback, ReadInfo.of(error));
        }
    }

    /** The fast path: bytes already waiting are read on the calling thread, no thread started. */
    private boolean readNowInline(TcpStream stream, int bufferSize, Callback<ReadInfo> callback) {
        try {
            byte[] bytes = stream.readWaiting(bufferSize);
            if (bytes.length == 0) {
                return false;
            }
            deliver(bytes, callback);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void blockingRead(TcpStream stream, int bufferSize, int callEpoch, Callback<ReadInfo> callback) {
        byte[] bytes = null;
        int error = 0;
        try {
            bytes = stream.readBlocking(bufferSize);
        } catch (IOException | RuntimeException e) {
            error = NetErrors.map(e);
        }
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                socket.callbacks.dispatch("read", callback, ReadInfo.of(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            pending = false;
            if (error != 0) {
                socket.failConnection("read", error);
                socket.callbacks.dispatch("read", callback, ReadInfo.of(error));
            } else if (bytes == null) {
                // D4: the read that sees the peer's FIN returns 0
                socket.peerFinished();
                socket.callbacks.dispatch("read", callback, ReadInfo.of(0));
            } else {
                deliver(bytes, callback);
            }
        } finally {
            socket.lock.unlock();
        }
    }

    private void deliver(byte[] bytes, Callback<ReadInfo> callback) {
        socket.tap(Direction.IN, bytes);
        socket.callbacks.dispatch("read", callback, new ReadInfo(bytes.length, bytes));
    }
}
