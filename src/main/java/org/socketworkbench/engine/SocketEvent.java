package org.socketworkbench.engine;

import java.util.List;

/**
 * A socket's state after something happened to it: created, connected, bound, listening,
 * accepted, secured, disconnected, destroyed, or an operation on it failed.
 *
 * @param timestampNanos when it happened, nanoseconds since the Unix epoch
 * @param socketId       the socket
 * @param kind           TCP or UDP
 * @param state          its state now
 * @param parentId       for accepted connections the listening socket's id, otherwise 0
 * @param localAddress   numeric local address, or null when there is none
 * @param localPort      local port, or 0
 * @param peerAddress    numeric peer address, or null
 * @param peerPort       peer port, or 0
 * @param cause          the chrome.socket method that caused the event ("create", "connect", "read"...)
 * @param resultCode     that method's result: 0, or a negative net error when it failed
 * @param joinedGroups   multicast groups joined, in join order (UDP)
 */
public record SocketEvent(long timestampNanos, int socketId, SocketKind kind, SocketState state, int parentId,
                          String localAddress, int localPort, String peerAddress, int peerPort,
                          String cause, int resultCode, List<String> joinedGroups) {

    public SocketEvent {
        joinedGroups = List.copyOf(joinedGroups);
    }
}
