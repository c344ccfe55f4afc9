package org.socketworkbench.sockets;

import org.socketworkbench.engine.ChromeSocket;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one read (TCP) or recvFrom (UDP) pending on every socket the workbench opened, so all
 * incoming bytes reach the traffic tap, as Packet Sender and SocketTest do. The loop ends when
 * the socket reports end of stream or an error; {@link #ensure} restarts it after a reconnect.
 */
public final class ReceivePump {

    /** Big enough for any datagram and for bulk TCP reads. */
    static final int BUFFER_SIZE = 65536;

    private final ChromeSocket api;
    private final Set<Integer> pumping = ConcurrentHashMap.newKeySet();

    public ReceivePump(ChromeSocket api) {
        this.api = api;
    }

    /** Starts reading TCP data on {@code socketId} unless a loop already runs there. */
    public void ensureTcp(int socketId) {
        if (pumping.add(socketId)) {
            readLoop(socketId);
        }
    }

    /** Starts receiving datagrams on {@code socketId} unless a loop already runs there. */
    public void ensureUdp(int socketId) {
        if (pumping.add(socketId)) {
            receiveLoop(socketId);
        }
    }

    private void readLoop(int socketId) {
        api.read(socketId, BUFFER_SIZE, info -> {
            if (info.resultCode() > 0) {
                readLoop(socketId);
            } else {
                api.lastError();
                pumping.remove(socketId);
            }
        });
    }

    private void receiveLoop(int socketId) {
        api.recvFrom(socketId, BUFFER_SIZE, info -> {
            if (info.resultCode() >= 0) {
                receiveLoop(socketId);
            } else {
                api.lastError();
                pumping.remove(socketId);
            }
        });
    }
}
