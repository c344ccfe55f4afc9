package org.socketworkbench.engine;

/**
 * The exact {@code chrome.runtime.lastError} strings of chrome.socket (contract §2.5), defined
 * once: the engine reports them, and the script layer's chrome.socket binding compares and
 * reuses them. Net errors carry {@link NetError#lastErrorText()} instead.
 */
public final class SocketMessages {

    public static final String SOCKET_NOT_FOUND = "Socket not found";
    public static final String DNS_LOOKUP_FAILED = "DNS resolution failed";
    public static final String PERMISSION = "App does not have permission";
    public static final String PORT_INVALID = "Port must be a value between 0 and 65535.";
    public static final String NETWORK_LIST = "Network lookup failed or unsupported";
    public static final String TCP_BIND = "TCP socket does not support bind. For TCP server please use listen.";
    public static final String MULTICAST_SOCKET_TYPE = "Only UDP socket supports multicast.";
    public static final String SECURE_SOCKET_TYPE = "Only TCP sockets are supported for TLS.";
    public static final String SOCKET_NOT_CONNECTED = "Socket not connected";
    public static final String CONNECT_AND_LISTEN = "Cannot call both connect and listen on the same socket.";
    public static final String LISTEN_FAILED = "Could not listen on the specified port.";
    public static final String TYPE_NOT_SUPPORTED = "Socket type does not support this API";
    public static final String TLS_LISTEN = "Cannot listen on a socket that is already connected.";
    public static final String INVALID_TYPE = "Invalid value for argument 1. Value must be one of: [tcp, udp].";
    /** Not a Chrome string: the engine has been closed (Chrome's equivalent is an unloaded app). */
    public static final String ENGINE_CLOSED = "Socket engine is closed";

    private SocketMessages() {
    }
}
