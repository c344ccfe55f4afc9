package org.socketworkbench.sockets;

/** What a socket is used as, for grouping and labels in the socket list. */
public enum SocketRole {
    TCP_UNUSED("TCP socket"),
    TCP_CLIENT("TCP client"),
    TCP_SERVER("TCP server"),
    TCP_ACCEPTED("TCP connection"),
    UDP("UDP socket");

    private final String label;

    SocketRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
