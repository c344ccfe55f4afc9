package org.socketworkbench.ui.composer;

import org.socketworkbench.i18n.Texts;
import org.socketworkbench.sockets.SocketRow;

/**
 * Whom a TCP server's composer sends to: one of the connections it accepted, or all of them.
 *
 * @param socketId the connection, or 0 for {@link #ALL}
 * @param peer     the connection's peer ("" for {@link #ALL} or when unknown)
 */
public record Recipient(int socketId, String peer) {

    /** Every connection the server has accepted and that is still connected. */
    public static final Recipient ALL = new Recipient(0, "");

    public static Recipient of(SocketRow connection) {
        return new Recipient(connection.id(), connection.peer());
    }

    public boolean isAll() {
        return socketId == 0;
    }

    /** What the choice shows, in the current language. */
    public String label() {
        if (isAll()) {
            return Texts.get("composer.recipient.all");
        }
        return peer.isEmpty() ? Texts.get("composer.recipient.socket", socketId)
                : Texts.get("composer.recipient.socketPeer", socketId, peer);
    }

    @Override
    public String toString() {
        return label();
    }
}
