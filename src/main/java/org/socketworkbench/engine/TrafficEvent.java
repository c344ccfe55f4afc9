package org.socketworkbench.engine;

/**
 * One payload that crossed a socket: read, written, received or sent.
 *
 * @param timestampNanos when the operation completed, nanoseconds since the Unix epoch
 * @param socketId       the socket
 * @param kind           TCP or UDP
 * @param direction      IN (read, received) or OUT (written, sent)
 * @param secured        whether the payload travelled inside TLS (the plaintext is reported)
 * @param localAddress   numeric local address
 * @param localPort      local port
 * @param peerAddress    numeric peer address (the datagram's source or destination for UDP)
 * @param peerPort       peer port
 * @param payload        the bytes; the engine hands observers their own copy
 */
public record TrafficEvent(long timestampNanos, int socketId, SocketKind kind, Direction direction, boolean secured,
                           String localAddress, int localPort, String peerAddress, int peerPort, byte[] payload) {
}
