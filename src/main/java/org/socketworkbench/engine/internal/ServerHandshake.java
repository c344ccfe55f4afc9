package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.TlsServerOptions;

import java.util.concurrent.CompletableFuture;

/**
 * The server side of TLS for a connection a TLS listener accepted (the setServerTls extension).
 * The connection starts in {@link TcpPhase#SECURING}; the handshake runs as the first job of its
 * write queue, so writes issued meanwhile go out encrypted after it, and a read issued meanwhile
 * waits for it ({@link #done}). Success makes the connection {@link TcpPhase#SECURED}; a failure
 * closes it, reports the Chrome-style code as a "secure" event on that connection (the row shows
 * why) and answers a waiting read with it. The listener is not involved: it keeps accepting.
 */
final class ServerHandshake {

    private final TcpSocket socket;
    private final TcpWriter writer;
    private final TlsServerOptions options;
    /** The handshake's result: 0, or the net error it failed with. */
    private final CompletableFuture<Integer> done = new CompletableFuture<>();

    ServerHandshake(TcpSocket socket, TcpWriter writer, TlsServerOptions options) {
        this.socket = socket;
        this.writer = writer;
        this.options = options;
    }

    CompletableFuture<Integer> done() {
        return done;
    }

    /** Queues the handshake (the new socket's lock held; the liveness probe is kept off the channel). */
    void start() {
        writer.setInProgress(true);
        int callEpoch = socket.epoch;
        writer.submit(new WriteQueue.Job() {
            @Override
            public void run() {
                handshake(callEpoch);
            }

            @Override
            public void abort() {
                done.complete(NetError.CONNECTION_CLOSED.code());
            }
        });
    }

    private void handshake(int callEpoch) {
        TcpStream current;
        socket.lock.lock();
        try {
            current = socket.cutShort(callEpoch) ? null : socket.stream();
        } finally {
            socket.lock.unlock();
        }
        if (current == null) {
            done.complete(NetError.CONNECTION_CLOSED.code());
            return;
        }
        TlsSession session = null;
        int result;
        try {
            session = TlsHandshake.runServer(options, current.channel(), current.takeAllPushback());
            result = 0;
        } catch (TlsHandshake.Failure failure) {
            result = failure.code();
        }
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                result = NetError.CONNECTION_CLOSED.code();
                return;
            }
            writer.setInProgress(false);
            if (result == 0) {
                current.secure(session);
                socket.moveTo(TcpPhase.SECURED);
            } else {
                current.close();
                socket.moveTo(TcpPhase.DISCONNECTED);
            }
            socket.emit("secure", result);
        } finally {
            socket.lock.unlock();
            done.complete(result);
        }
    }
}
