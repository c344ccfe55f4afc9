package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import java.util.Objects;

/**
 * Where a relay listens and where it forwards to.
 *
 * @param listenAddress numeric local address to listen on ("127.0.0.1", "0.0.0.0", "::")
 * @param listenPort    local port, 0 for an ephemeral one
 * @param targetHost    the server's name or address
 * @param targetPort    the server's port
 * @param multicastInterface UDP: the adapter for a multicast listen address (joined there) and a
 *                      multicast target (sent there), e.g. "lo"; "" for the OS default
 * @param multicastTtl  UDP: the TTL of datagrams sent to a multicast target (0 stays on this host)
 */
public record RelayEndpoints(RelayProtocol protocol, String listenAddress, int listenPort, String targetHost,
                             int targetPort, String multicastInterface, int multicastTtl) {

    /** Unicast, or multicast through the OS default adapter with TTL 1. */
    public RelayEndpoints(RelayProtocol protocol, String listenAddress, int listenPort, String targetHost,
                          int targetPort) {
        this(protocol, listenAddress, listenPort, targetHost, targetPort, "", 1);
    }

    /** Whether {@code text} is a multicast IP literal (a UDP relay then joins it, or sends to it). */
    public static boolean isMulticast(String text) {
        try {
            return java.net.InetAddress.ofLiteral(text.strip()).isMulticastAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public RelayEndpoints {
        Objects.requireNonNull(multicastInterface, "multicastInterface");
        if (multicastTtl < 0 || multicastTtl > 255) {
            throw new IllegalArgumentException(RelayMessages.outOfRange("multicast-TTL", multicastTtl, 0, 255, ""));
        }
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(listenAddress, "listenAddress");
        Objects.requireNonNull(targetHost, "targetHost");
        if (listenPort < 0 || listenPort > 65535) {
            throw new IllegalArgumentException(RelayMessages.outOfRange("listen-port", listenPort, 0, 65535, ""));
        }
        if (targetPort < 1 || targetPort > 65535) {
            throw new IllegalArgumentException(RelayMessages.outOfRange("target-port", targetPort, 1, 65535, ""));
        }
        if (targetHost.isBlank()) {
            throw new IllegalArgumentException(Texts.get(RelayMessages.TARGET_HOST_MISSING));
        }
    }
}
