package org.socketworkbench.sockets;

import org.socketworkbench.engine.SocketKind;

import java.util.List;

/**
 * One line of the socket list: what a socket is, where it is, and what crossed it.
 *
 * @param id          the chrome.socket id
 * @param parentId    the listening socket of an accepted connection, else 0
 * @param kind        TCP or UDP
 * @param role        what the socket is used as
 * @param status      its state in words the list shows
 * @param local       local address:port, or ""
 * @param peer        peer address:port, or ""
 * @param bytesIn     payload bytes read or received
 * @param bytesOut    payload bytes written or sent
 * @param messagesIn  reads/datagrams received
 * @param messagesOut writes/datagrams sent
 * @param rateIn      bytes per second in, over the last second
 * @param rateOut     bytes per second out, over the last second
 * @param lastResult  the last operation and its result, e.g. "connect: -102 ERR_CONNECTION_REFUSED", or ""
 * @param groups      multicast groups joined
 */
public record SocketRow(int id, int parentId, SocketKind kind, SocketRole role, SocketStatus status, String local,
                        String peer, long bytesIn, long bytesOut, long messagesIn, long messagesOut, double rateIn,
                        double rateOut, String lastResult, List<String> groups) {

    public SocketRow {
        groups = List.copyOf(groups);
    }

    /** "TCP client", "TCP server", "TCP connection", "UDP socket". */
    public String typeLabel() {
        return role.label();
    }
}
