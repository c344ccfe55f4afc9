package org.socketworkbench.engine;

/**
 * The operations the successor API's {@code "sockets"} manifest key grants (contract §10), each
 * with its place in the manifest ({@code "sockets": {"tcp": {"connect": ...}}}) and the
 * chrome.socket operation whose rules it shares.
 */
public enum SocketsOperation {
    TCP_CONNECT("tcp", "connect", SocketOperation.TCP_CONNECT),
    TCP_SERVER_LISTEN("tcpServer", "listen", SocketOperation.TCP_LISTEN),
    UDP_BIND("udp", "bind", SocketOperation.UDP_BIND),
    UDP_SEND("udp", "send", SocketOperation.UDP_SEND_TO),
    UDP_MULTICAST_MEMBERSHIP("udp", "multicastMembership", SocketOperation.UDP_MULTICAST_MEMBERSHIP);

    private final String manifestSection;
    private final String manifestKey;
    private final SocketOperation socketOperation;

    SocketsOperation(String manifestSection, String manifestKey, SocketOperation socketOperation) {
        this.manifestSection = manifestSection;
        this.manifestKey = manifestKey;
        this.socketOperation = socketOperation;
    }

    /** The key under {@code "sockets"}: {@code "tcp"}, {@code "udp"} or {@code "tcpServer"}. */
    public String manifestSection() {
        return manifestSection;
    }

    /** The key inside the section, for example {@code "multicastMembership"}. */
    public String manifestKey() {
        return manifestKey;
    }

    /** The chrome.socket operation Chrome checks for this one (same rule grammar and matching). */
    public SocketOperation socketOperation() {
        return socketOperation;
    }
}
