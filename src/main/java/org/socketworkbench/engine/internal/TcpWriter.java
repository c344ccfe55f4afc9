package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.WriteInfo;

import java.io.IOException;

/**
 * write() on a TCP socket (contract §5.8): writes and the TLS handshake queue in call order on
 * one {@link WriteQueue} (D12); success reports every byte. The in-progress flag is guarded by
 * the socket's lock.
 */
final class TcpWriter {

    private final TcpSocket socket;
    private final WriteQueue queue;
    private boolean inProgress;

    TcpWriter(TcpSocket socket, Operations operations) {
        this.socket = socket;
        this.queue = new WriteQueue(operations);
    }

    /** Whether bytes (or a handshake) are on the wire now: the liveness probe must not touch the channel. */
    boolean inProgress() {
        return inProgress;
    }

    void setInProgress(boolean value) {
        inProgress = value;
    }

    /** Queues a job behind the writes already queued (secure() does, D12). */
    void submit(WriteQueue.Job job) {
        queue.submit(job);
    }

    /** disconnect or destroy, after the lock is released: queued writes answer -100. */
    void abortQueued() {
        queue.abortQueued();
    }

    void reset() {
        inProgress = false;
    }

    void write(byte[] data, Callback<WriteInfo> callback) {
        int callEpoch = socket.epoch();
        queue.submit(new WriteQueue.Write() {
            @Override
            public Runnable perform() {
                WriteInfo result = new WriteInfo(performWrite(data, callEpoch));
                return () -> socket.callbacks.dispatch("write", callback, result);
            }

            @Override
            public int size() {
                return data.length;
            }

            @Override
            public void abort() {
                socket.callbacks.dispatch("write", callback, new WriteInfo(NetError.CONNECTION_CLOSED.code()));
            }
        });
    }

    /** Runs one queued write; {@code callEpoch} is the epoch when write() was called (D13). */
    private int performWrite(byte[] data, int callEpoch) {
        TcpStream current;
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                return NetError.CONNECTION_CLOSED.code();
            }
            if (!socket.phase().isClient()) {
                return NetError.FAILED.code();
            }
            if (!socket.isConnectedNow()) {
                return NetError.SOCKET_NOT_CONNECTED.code();
            }
            current = socket.stream();
            inProgress = true;
        } finally {
            socket.lock.unlock();
        }
        int result;
        try {
            current.writeFully(data);
            result = data.length;
        } catch (IOException | RuntimeException e) {
            result = NetErrors.map(e);
        }
        socket.lock.lock();
        try {
            inProgress = false;
            if (socket.cutShort(callEpoch)) {
                return NetError.CONNECTION_CLOSED.code();
            }
            if (result < 0) {
                socket.failConnection("write", result);
            } else if (data.length > 0) {
                socket.tap(Direction.OUT, data);
            }
            return result;
        } finally {
            socket.lock.unlock();
        }
    }
}
