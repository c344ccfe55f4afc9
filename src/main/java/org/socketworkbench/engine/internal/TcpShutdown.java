package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;

import java.io.IOException;
import java.net.StandardSocketOptions;

/**
 * FIN (after close_notify on TLS) and RST on demand for a {@link TcpSocket} (engine extensions
 * the relay uses to forward a half-close as a half-close and a reset as a reset). Made per call: most sockets never use it.
 */
final class TcpShutdown {

    private final TcpSocket socket;

    TcpShutdown(TcpSocket socket) {
        this.socket = socket;
    }

    /**
     * Sends FIN (shutdown of the write side) after the writes queued before it; reads go on. A TLS
     * connection sends close_notify first (TLS 1.3 then goes on reading; a TLS 1.2 peer answers
     * with its own close_notify). 0, or -15 without a connection, or the OS error.
     */
    void shutdownOutput(TcpWriter writer, Callback<Integer> callback) {
        int callEpoch = socket.epoch();
        writer.submit(new WriteQueue.Job() {
            @Override
            public void run() {
                socket.callbacks.dispatch("shutdownOutput", callback, perform(writer, callEpoch));
            }

            @Override
            public void abort() {
                socket.callbacks.dispatch("shutdownOutput", callback, NetError.CONNECTION_CLOSED.code());
            }
        });
    }

    /** As a write does: checks under the lock, the I/O (close_notify may wait for the peer's window) outside it. */
    private int perform(TcpWriter writer, int callEpoch) {
        TcpStream stream;
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                return NetError.CONNECTION_CLOSED.code();
            }
            TcpPhase phase = socket.phase();
            stream = socket.stream();
            if (!phase.hasConnection() || phase == TcpPhase.SECURING || stream == null) {
                return NetError.SOCKET_NOT_CONNECTED.code();
            }
            writer.setInProgress(true);
        } finally {
            socket.lock.unlock();
        }
        int result = 0;
        try {
            stream.shutdownOutput();
        } catch (IOException | RuntimeException e) {
            result = NetErrors.map(e);
        }
        socket.lock.lock();
        try {
            writer.setInProgress(false);
            if (socket.cutShort(callEpoch)) {
                return NetError.CONNECTION_CLOSED.code();
            }
            if (result == 0) {
                socket.emit("shutdownOutput", 0);
            }
            return result;
        } finally {
            socket.lock.unlock();
        }
    }

    /**
     * Before destroy: SO_LINGER 0, so that closing the socket sends RST instead of FIN. False
     * without an open connection.
     */
    boolean lingerZero() {
        socket.lock.lock();
        try {
            TcpStream stream = socket.stream();
            if (stream == null) {
                return false;
            }
            stream.channel().setOption(StandardSocketOptions.SO_LINGER, 0);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            socket.lock.unlock();
        }
    }
}
