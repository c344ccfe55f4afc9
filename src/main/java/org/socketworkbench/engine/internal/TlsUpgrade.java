package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketMessages;
import org.socketworkbench.engine.TlsClientOptions;

/**
 * secure() on a TCP socket (contract §5.14): the preconditions are checked now, as Chrome checks
 * them, a pending read included (-4, and the socket is destroyed); the handshake queues behind
 * earlier writes (D12). While it runs the socket is {@link TcpPhase#SECURING}, like Chrome's
 * released TCP socket: read -15, secure again -4. A failed handshake destroys the socket;
 * disconnect or destroy cut it short with -100.
 */
final class TlsUpgrade {

    private final TcpSocket socket;
    private final TcpReader reader;
    private final TcpWriter writer;

    TlsUpgrade(TcpSocket socket, TcpReader reader, TcpWriter writer) {
        this.socket = socket;
        this.reader = reader;
        this.writer = writer;
    }

    void secure(SecureOptions options, TlsClientOptions extras, Callback<Integer> callback,
                Runnable destroyInEngine) {
        int callEpoch;
        boolean readOutstanding;
        socket.lock.lock();
        try {
            if (!socket.phase().maySecure()) {
                socket.callbacks.dispatch("secure", callback, NetError.INVALID_ARGUMENT.code(),
                        SocketMessages.SECURE_SOCKET_TYPE);
                return;
            }
            if (!socket.isConnectedNow()) {
                socket.callbacks.dispatch("secure", callback, NetError.INVALID_ARGUMENT.code(),
                        SocketMessages.SOCKET_NOT_CONNECTED);
                return;
            }
            readOutstanding = reader.pending();
            if (!readOutstanding) {
                socket.moveTo(TcpPhase.SECURING);
            }
            callEpoch = socket.epoch;
        } finally {
            socket.lock.unlock();
        }
        if (readOutstanding) {
            fail(callback, destroyInEngine, NetError.INVALID_ARGUMENT.code());
            return;
        }
        writer.submit(new WriteQueue.Job() {
            @Override
            public void run() {
                handshake(options, extras, callEpoch, callback, destroyInEngine);
            }

            @Override
            public void abort() {
                socket.callbacks.dispatch("secure", callback, NetError.CONNECTION_CLOSED.code());
            }
        });
    }

    private void handshake(SecureOptions options, TlsClientOptions extras, int callEpoch, Callback<Integer> callback,
                           Runnable destroyInEngine) {
        TcpStream current;
        String name = null;
        byte[] received = null;
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                socket.callbacks.dispatch("secure", callback, NetError.CONNECTION_CLOSED.code());
                return;
            }
            // a write queued before secure() may have found the connection gone
            current = socket.phase() == TcpPhase.SECURING ? socket.stream() : null;
            if (current != null) {
                name = socket.hostname() != null ? socket.hostname() : current.peerAddress();
                received = current.takeAllPushback();
                writer.setInProgress(true);
            }
        } finally {
            socket.lock.unlock();
        }
        if (current == null) {
            fail(callback, destroyInEngine, NetError.CONNECTION_CLOSED.code());
            return;
        }
        TlsSession session = null;
        int result;
        try {
            session = TlsHandshake.run(socket.context.sslContext(), current.channel(), received, name,
                    current.peerPort(), options, withEnginePins(extras, name, current.peerPort()));
            result = 0;
        } catch (TlsHandshake.Failure failure) {
            result = failure.code();
        }
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                socket.callbacks.dispatch("secure", callback, NetError.CONNECTION_CLOSED.code());
                return;
            }
            writer.setInProgress(false);
            if (result == 0) {
                current.secure(session);
                socket.moveTo(TcpPhase.SECURED);
                socket.emit("secure", 0);
                socket.callbacks.dispatch("secure", callback, 0);
                return;
            }
            socket.moveTo(TcpPhase.CONNECTED);
        } finally {
            socket.lock.unlock();
        }
        fail(callback, destroyInEngine, result);
    }

    /** The engine's pins for this endpoint (the name given to connect, the peer's port) join the call's. */
    private TlsClientOptions withEnginePins(TlsClientOptions extras, String name, int port) {
        java.util.Set<String> engineWide = socket.context.trustPins().forEndpoint(name, port);
        if (engineWide.isEmpty()) {
            return extras;
        }
        java.util.Set<String> pins = new java.util.HashSet<>(extras.pinnedSha256());
        pins.addAll(engineWide);
        return new TlsClientOptions(extras.alpnProtocols(), extras.serverName(), pins);
    }

    private void fail(Callback<Integer> callback, Runnable destroyInEngine, int code) {
        destroyInEngine.run();
        socket.callbacks.dispatch("secure", callback, code, NetError.lastErrorText(code));
    }
}
