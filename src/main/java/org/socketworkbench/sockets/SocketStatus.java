package org.socketworkbench.sockets;

import org.socketworkbench.engine.SocketState;

/** The states the socket list shows (issue 4): the engine's states plus "error". */
public enum SocketStatus {
    FRESH("fresh"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    LISTENING("listening"),
    BOUND("bound"),
    SECURED("secured"),
    /** The peer shut down its sending side; we may still write (the workbench keeps the write side open). */
    PEER_CLOSED("peer closed its side"),
    CLOSED("closed"),
    ERROR("error");

    private final String label;

    SocketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The engine's state, shown as "error" when the operation that led there failed. */
    public static SocketStatus of(SocketState state, int resultCode) {
        return switch (state) {
            case FRESH, DISCONNECTED -> resultCode < 0 ? ERROR : state == SocketState.FRESH ? FRESH : CLOSED;
            case CONNECTING -> CONNECTING;
            case CONNECTED -> CONNECTED;
            case LISTENING -> LISTENING;
            case BOUND -> BOUND;
            case SECURED -> SECURED;
            case PEER_CLOSED -> PEER_CLOSED;
            case DESTROYED -> CLOSED;
        };
    }
}
