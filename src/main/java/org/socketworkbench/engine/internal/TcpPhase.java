package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketState;

/**
 * Where a chrome.socket TCP socket is in its life (contract §4, §5). Every socket-level check a
 * method makes is a question to the phase, every change of state one of the transitions here or
 * an assignment in {@link TcpSocket}; what is outstanding (a read, a write, an accept) is tracked
 * beside it by the class that runs that operation.
 *
 * <p>Three phases report {@link SocketState#DISCONNECTED}: in Chrome a socket's role (client,
 * server, TLS client) outlives its connection, and the role decides what the socket may do next.
 * {@link #DISCONNECTED} was a client (it connected, was accepted, or tried): it may connect again,
 * never listen. {@link #SERVER_CLOSED} was listening: it may listen again, never connect (-104), and
 * read and write answer -2 as on a fresh socket. {@link #TLS_CLOSED} was secured: it stays a TLS
 * socket, so connect, bind, listen and secure are refused.
 *
 * <p>{@link #PEER_FINISHED} is the workbench's extension, not Chrome's: the peer sent its FIN and
 * the socket was asked to keep its write side open ({@code setKeepWriteOpenOnPeerClose}), so it
 * still has a connection to write to but nothing more to read. {@link #TLS_PEER_FINISHED} is the
 * same for a TLS connection whose peer sent close_notify (or FIN) while TLS still lets this side
 * write: TLS 1.3 allows a half-close, TLS 1.2 answers close_notify with its own and ends the
 * connection. Room to grow: a server-side TLS handshake on accepted connections passes through
 * {@link #SECURING} too.
 */
enum TcpPhase {
    FRESH(SocketState.FRESH),
    CONNECTING(SocketState.CONNECTING),
    CONNECTED(SocketState.CONNECTED),
    /** secure() accepted, handshake not finished: like Chrome's released TCP socket (no reads). */
    SECURING(SocketState.CONNECTED),
    SECURED(SocketState.SECURED),
    /** The peer shut down its side; writes still go out (extension, see above). */
    PEER_FINISHED(SocketState.PEER_CLOSED),
    /** The TLS peer shut down its side; TLS records still go out (extension, see above). */
    TLS_PEER_FINISHED(SocketState.PEER_CLOSED),
    LISTENING(SocketState.LISTENING),
    DISCONNECTED(SocketState.DISCONNECTED),
    SERVER_CLOSED(SocketState.DISCONNECTED),
    TLS_CLOSED(SocketState.DISCONNECTED);

    private final SocketState state;

    TcpPhase(SocketState state) {
        this.state = state;
    }

    /** What observers see. */
    SocketState state() {
        return state;
    }

    /** A client socket: read and write answer -15 rather than -2 when there is no connection; listen is refused. */
    boolean isClient() {
        return switch (this) {
            case CONNECTING, CONNECTED, SECURING, SECURED, PEER_FINISHED, TLS_PEER_FINISHED, DISCONNECTED, TLS_CLOSED -> true;
            case FRESH, LISTENING, SERVER_CLOSED -> false;
        };
    }

    /** A server socket (listening or it was): connect is refused with -104. */
    boolean isServer() {
        return this == LISTENING || this == SERVER_CLOSED;
    }

    /** A TLS socket: secure() succeeded, and it stays one after its connection ended. */
    boolean isTls() {
        return this == SECURED || this == TLS_PEER_FINISHED || this == TLS_CLOSED;
    }

    /** A plain client secure() may upgrade, once it is connected (contract §5.14). */
    boolean maySecure() {
        return this == CONNECTING || this == CONNECTED || this == DISCONNECTED;
    }

    /** connect() may start here; elsewhere it is -104 (contract §5.3). */
    boolean mayConnect() {
        return this == FRESH || this == DISCONNECTED;
    }

    /** listen() may open a server channel here (contract §5.5). */
    boolean mayListen() {
        return this == FRESH || this == SERVER_CLOSED;
    }

    /** An open connection (Chrome's "connected" flag before the liveness probe). */
    boolean hasConnection() {
        return this == CONNECTED || this == SECURING || this == SECURED || this == PEER_FINISHED
                || this == TLS_PEER_FINISHED;
    }

    /** read() may read: connected and no handshake in the way. */
    boolean readable() {
        return this == CONNECTED || this == SECURED;
    }

    /** The connection broke (a fatal error, the liveness probe): the role stays. */
    TcpPhase connectionLost() {
        return switch (this) {
            case CONNECTED, SECURING, PEER_FINISHED -> DISCONNECTED;
            case SECURED, TLS_PEER_FINISHED -> TLS_CLOSED;
            default -> this;
        };
    }

    /**
     * The read that saw the peer's FIN or close_notify (D4): the connection is lost, as in Chrome,
     * unless it keeps its write side open (a TLS one only while TLS can still send).
     */
    TcpPhase peerFinished(boolean keepWriteOpen, boolean tlsCanStillSend) {
        if (keepWriteOpen && this == CONNECTED) {
            return PEER_FINISHED;
        }
        return keepWriteOpen && tlsCanStillSend && this == SECURED ? TLS_PEER_FINISHED : connectionLost();
    }

    /** disconnect() or destroy(): the OS sockets are closed, the role stays. */
    TcpPhase disconnected() {
        return switch (this) {
            case FRESH -> FRESH;
            case LISTENING, SERVER_CLOSED -> SERVER_CLOSED;
            case SECURED, TLS_PEER_FINISHED, TLS_CLOSED -> TLS_CLOSED;
            case CONNECTING, CONNECTED, SECURING, PEER_FINISHED, DISCONNECTED -> DISCONNECTED;
        };
    }
}
