package org.socketworkbench.engine;

/**
 * chrome.socket {@code SocketInfo}. Address fields are null where Chrome leaves them absent.
 *
 * @param socketType  "tcp" or "udp"
 * @param connected   whether the socket is connected
 * @param peerAddress numeric peer address, or null
 * @param peerPort    peer port, or null
 * @param localAddress numeric local address, or null
 * @param localPort   local port, or null
 */
public record SocketInfo(String socketType, boolean connected, String peerAddress, Integer peerPort,
                         String localAddress, Integer localPort) {
}
