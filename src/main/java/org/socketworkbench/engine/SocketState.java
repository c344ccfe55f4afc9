package org.socketworkbench.engine;

/** Where a socket is in its life, as the observation interface reports it. */
public enum SocketState {
    /** Created, no OS socket yet. */
    FRESH,
    /** A TCP connect (or its DNS lookup) is under way. */
    CONNECTING,
    /** A connected TCP client, an accepted connection, or a connected UDP socket. */
    CONNECTED,
    /** A TCP server socket accepting connections. */
    LISTENING,
    /** A bound, unconnected UDP socket. */
    BOUND,
    /** A TCP client after a successful {@code secure()}. */
    SECURED,
    /**
     * A TCP connection whose peer closed its side (FIN) and which still writes: only with the
     * {@code setKeepWriteOpenOnPeerClose} extension; Chrome's sockets go to DISCONNECTED instead.
     */
    PEER_CLOSED,
    /** Was connected, listening or bound, and is not any more (peer closed, disconnect, failure). */
    DISCONNECTED,
    /** Destroyed; its id is gone. */
    DESTROYED
}
