package org.socketworkbench.relay;

import java.util.Objects;

/**
 * Where a relay listens and where it forwards to.
 *
 * @param listenAddress numeric local address to listen on ("127.0.0.1", "0.0.0.0", "::")
 * @param listenPort    local port, 0 for an ephemeral one
 * @param targetHost    the server's name or address
 * @param targetPort    the server's port
 */
public record RelayEndpoints(RelayProtocol protocol, String listenAddress, int listenPort, String targetHost,
                             int targetPort) {

    public RelayEndpoints {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(targetHost, "targetHost");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException(RelayMessages.outOfRange("listen port", listenPort, 0, 65535, ""));
        }
        if (targetPort < 1 || targetPort > 65535) {
            throw new IllegalArgumentException(RelayMessages.outOfRange("target port", targetPort, 1, 65535, ""));
        }
        if (targetHost.isBlank()) {
            throw new IllegalArgumentException(RelayMessages.TARGET_HOST_MISSING);
        }
    }
}
