package org.socketworkbench.engine;

import java.util.Optional;

/**
 * The eight operations a chrome.socket manifest rule can name (contract §3.2), such as
 * {@code tcp-connect} in {@code "tcp-connect:*.example.com:80"}.
 *
 * <p>Only the four <em>address-bound</em> operations take a host and port in a rule; the other four
 * are written bare and grant the operation for any host and port.
 */
public enum SocketOperation {
    TCP_CONNECT("tcp-connect", true),
    TCP_LISTEN("tcp-listen", true),
    UDP_BIND("udp-bind", true),
    UDP_SEND_TO("udp-send-to", true),
    UDP_MULTICAST_MEMBERSHIP("udp-multicast-membership", false),
    RESOLVE_HOST("resolve-host", false),
    RESOLVE_PROXY("resolve-proxy", false),
    NETWORK_STATE("network-state", false);

    private final String manifestName;
    private final boolean addressBound;

    SocketOperation(String manifestName, boolean addressBound) {
        this.manifestName = manifestName;
        this.addressBound = addressBound;
    }

    /** The name a manifest rule uses, for example {@code "udp-send-to"}. */
    public String manifestName() {
        return manifestName;
    }

    /** Whether a rule for this operation may carry a host and a port. */
    public boolean isAddressBound() {
        return addressBound;
    }

    /** The operation a manifest rule names; the match is exact and case-sensitive, as in Chrome. */
    public static Optional<SocketOperation> fromManifestName(String name) {
        for (SocketOperation operation : values()) {
            if (operation.manifestName.equals(name)) {
                return Optional.of(operation);
            }
        }
        return Optional.empty();
    }
}
