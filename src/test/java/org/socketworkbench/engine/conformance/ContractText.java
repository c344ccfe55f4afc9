package org.socketworkbench.engine.conformance;

/**
 * The {@code chrome.runtime.lastError} texts of the contract (§2.5, §5), written out here rather
 * than taken from the engine so that the suite checks the engine against the contract, not
 * against itself.
 */
final class ContractText {

    static final String SOCKET_NOT_FOUND = "Socket not found";
    static final String DNS_FAILED = "DNS resolution failed";
    static final String PERMISSION = "App does not have permission";
    static final String PORT_INVALID = "Port must be a value between 0 and 65535.";
    static final String TCP_BIND = "TCP socket does not support bind. For TCP server please use listen.";
    static final String MULTICAST_TYPE = "Only UDP socket supports multicast.";
    static final String SECURE_TYPE = "Only TCP sockets are supported for TLS.";
    static final String NOT_CONNECTED = "Socket not connected";
    static final String CONNECT_AND_LISTEN = "Cannot call both connect and listen on the same socket.";
    static final String LISTEN_FAILED = "Could not listen on the specified port.";
    static final String TYPE_NOT_SUPPORTED = "Socket type does not support this API";
    static final String TLS_LISTEN = "Cannot listen on a socket that is already connected.";
    static final String INVALID_TYPE = "Invalid value for argument 1. Value must be one of: [tcp, udp].";

    static final String NET_SOCKET_NOT_CONNECTED = "net::ERR_SOCKET_NOT_CONNECTED";
    static final String NET_SOCKET_IS_CONNECTED = "net::ERR_SOCKET_IS_CONNECTED";
    static final String NET_ADDRESS_INVALID = "net::ERR_ADDRESS_INVALID";
    static final String NET_INVALID_ARGUMENT = "net::ERR_INVALID_ARGUMENT";
    static final String NET_CERT_AUTHORITY_INVALID = "net::ERR_CERT_AUTHORITY_INVALID";

    /** The console line Chrome logs for an error the callback never looked at (§2.1). */
    static String unchecked(String method, String message) {
        return "Unchecked runtime.lastError while running socket." + method + ": " + message;
    }

    private ContractText() {
    }
}
