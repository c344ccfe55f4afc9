package org.socketworkbench.ui.composer;

import org.socketworkbench.sockets.SocketRow;

/**
 * Whom a TCP server's composer sends to: one of the connections it accepted, or all of them.
 *
 * @param socketId the connection, or 0 for {@link #ALL}
 * @param label    what the choice shows
 */
public record Recipient(int socketId, String label) {

    /** Every connection the server has accepted and that is still connected. */
    public static final Recipient ALL = new Recipient(0, "all connections");

    public static Recipient of(SocketRow connection) {
        return new Recipient(connection.id(), "socket " + connection.id()
                + (connection.peer().isEmpty() ? "" : " \u00b7 " + connection.peer()));
    }

    public boolean isAll() {
        return socketId == 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
