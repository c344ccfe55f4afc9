package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;

import java.util.Objects;

/**
 * Where a payload travelled: the socket, the direction, the two endpoints and the relay route. Many payloads share
 * one flow object (see {@link FlowInterner}), so a captured payload costs one reference for all
 * of this.
 *
 * @param socketId     the socket
 * @param kind         TCP or UDP
 * @param direction    IN (read, received) or OUT (written, sent)
 * @param secured      whether the payload travelled inside TLS (the plaintext is captured)
 * @param localAddress numeric local address ("" when the engine reported none)
 * @param localPort    local port
 * @param peerAddress  numeric peer address ("" when the engine reported none)
 * @param peerPort     peer port
 * @param route        the relay conversation and way it crossed, or null when it crossed none
 */
public record TrafficFlow(int socketId, SocketKind kind, Direction direction, boolean secured,
                          String localAddress, int localPort, String peerAddress, int peerPort, FlowRoute route) {

    public TrafficFlow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(direction, "direction");
        localAddress = Objects.requireNonNullElse(localAddress, "");
        peerAddress = Objects.requireNonNullElse(peerAddress, "");
    }

    /** {@code 127.0.0.1:80} or {@code [::1]:80}. */
    public String localEndpoint() {
        return endpoint(localAddress, localPort);
    }

    /** {@code 127.0.0.1:80} or {@code [::1]:80}. */
    public String peerEndpoint() {
        return endpoint(peerAddress, peerPort);
    }

    /** {@code 3 tcp}, or {@code 3 tcp+tls} for a secured socket. */
    public String socketLabel() {
        return socketId + " " + kind.chromeName() + (secured ? "+tls" : "");
    }

    static String endpoint(String address, int port) {
        return address.indexOf(':') >= 0 ? "[" + address + "]:" + port : address + ":" + port;
    }
}
