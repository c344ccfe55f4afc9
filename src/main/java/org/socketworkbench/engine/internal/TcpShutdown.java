package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;

import java.io.IOException;
import java.net.StandardSocketOptions;

/**
 * FIN and RST on demand for a {@link TcpSocket} (engine extensions the relay uses to forward a
 * half-close as a half-close and a reset as a reset). Made per call: most sockets never use it.
 */
final class TcpShutdown {

    private final TcpSocket socket;

    TcpShutdown(TcpSocket socket) {
        this.socket = socket;
    }

    /**
     * Sends FIN (shutdown of the write side) after the writes queued before it; reads go on. 0, or
     * -15 without a plain connection, or the OS error.
     */
    void shutdownOutput(TcpWriter writer, Callback<Integer> callback) {
        int callEpoch = socket.epoch();
        writer.submit(new WriteQueue.Job() {
            @Override
            public void run() {
                socket.callbacks.dispatch("shutdownOutput", callback, perform(callEpoch));
            }

            @Override
            public void abort() {
                socket.callbacks.dispatch("shutdownOutput", callback, NetError.CONNECTION_CLOSED.code());
            }
        });
    }

    private int perform(int callEpoch) {
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                return NetError.CONNECTION_CLOSED.code();
            }
            TcpPhase phase = socket.phase();
            TcpStream stream = socket.stream();
            if (!phase.hasConnection() || phase.isTls() || phase == TcpPhase.SECURING || stream == null) {
                return NetError.SOCKET_NOT_CONNECTED.code();
            }
            stream.channel().shutdownOutput();
            socket.emit("shutdownOutput", 0);
            return 0;
        } catch (IOException e) {
            return NetErrors.map(e);
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
