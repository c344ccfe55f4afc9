package org.socketworkbench.sockets;

/**
 * Sees every payload a workbench socket receives, in order, on the engine's callback thread
 * (so it must hand any real work elsewhere). Reply rules attach one through
 * {@link SocketActions#attachReceiver}.
 */
public interface PayloadReceiver {

    /**
     * Bytes arrived on {@code socketId}: a TCP read (then {@code peerAddress} is null) or a UDP
     * datagram from {@code peerAddress}:{@code peerPort}.
     */
    void received(int socketId, byte[] data, String peerAddress, int peerPort);

    /** A TCP socket's read loop ended: the peer's FIN (end of stream), an error, or the socket was closed. */
    default void ended(int socketId) {
    }
}
