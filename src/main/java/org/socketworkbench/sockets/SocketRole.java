package org.socketworkbench.sockets;

import org.socketworkbench.i18n.Texts;

/** What a socket is used as, for grouping and labels in the socket list. */
public enum SocketRole {
    TCP_UNUSED,
    TCP_CLIENT,
    TCP_SERVER,
    TCP_ACCEPTED,
    UDP;

    /** "TCP client", "TCP server", ... in the current language ({@code sockets.role.<NAME>}). */
    public String label() {
        return Texts.get("sockets.role." + name());
    }
}
