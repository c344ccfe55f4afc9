package org.socketworkbench.sockets;

/**
 * What the composer asked to send.
 *
 * @param socketId    the socket to send on
 * @param payload     the bytes
 * @param host        for sendTo (UDP): the destination; null means write() to the connected peer
 * @param port        the destination port when {@code host} is set
 * @param repeat      how many times (at least 1)
 * @param intervalMs  pause between sends, in milliseconds (0: back to back, each after the previous completed)
 */
public record SendRequest(int socketId, byte[] payload, String host, int port, int repeat, long intervalMs) {

    public SendRequest {
        if (repeat < 1) {
            throw new IllegalArgumentException("repeat must be at least 1");
        }
        if (intervalMs < 0) {
            throw new IllegalArgumentException("interval must not be negative");
        }
    }

    public boolean isSendTo() {
        return host != null;
    }
}
