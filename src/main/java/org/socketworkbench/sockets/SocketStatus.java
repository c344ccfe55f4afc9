package org.socketworkbench.sockets;

import org.socketworkbench.engine.SocketState;
import org.socketworkbench.i18n.Texts;

/** The states the socket list shows (issue 4): the engine's states plus "error". */
public enum SocketStatus {
    FRESH("fresh"),
    CONNECTING("connecting"),
    CONNECTED("connected"),
    LISTENING("listening"),
    BOUND("bound"),
    SECURED("secured"),
    /** The peer shut down its sending side; we may still write (the workbench keeps the write side open). */
    PEER_CLOSED("peer closed its side"), // i18n-ok: the English filter word; people read text()
    CLOSED("closed"),
    ERROR("error");

    private final String label;

    SocketStatus(String label) {
        this.label = label;
    }

    /** The state's English name, a filter word in every language (the row's pseudo-class comes from the constant's name). */
    public String label() {
        return label;
    }

    /** The state in the current language, as the list shows it ({@code sockets.status.<NAME>}). */
    public String text() {
        return Texts.get("sockets.status." + name());
    }

    /**
     * The peer has left the conversation: closed, or it shut down its side (a half-open workbench
     * connection the peer will never read from again). What "remove closed" clears.
     */
    public boolean peerGone() {
        return this == CLOSED || this == PEER_CLOSED;
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
