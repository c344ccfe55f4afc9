package org.socketworkbench.sockets;

import org.socketworkbench.engine.ChromeSocket;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps one read (TCP) or recvFrom (UDP) pending on every socket the workbench opened, so all
 * incoming bytes reach the traffic tap, as Packet Sender and SocketTest do. The loop ends when
 * the socket reports end of stream or an error; {@link #ensureTcp} restarts it after a reconnect.
 * A {@link PayloadReceiver} attached to a socket sees what its loop reads.
 */
public final class ReceivePump {

    /** Big enough for any datagram and for bulk TCP reads. */
    static final int BUFFER_SIZE = 65536;

    private final ChromeSocket api;
    private final Set<Integer> pumping = ConcurrentHashMap.newKeySet();
    private final Map<Integer, PayloadReceiver> receivers = new ConcurrentHashMap<>();

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

    /** {@code receiver} sees what {@code socketId} receives from now on (replacing any other). */
    public void attach(int socketId, PayloadReceiver receiver) {
        receivers.put(socketId, receiver);
    }

    public void detach(int socketId) {
        receivers.remove(socketId);
    }

    /** The receiver attached to {@code socketId}, or null. */
    public PayloadReceiver receiver(int socketId) {
        return receivers.get(socketId);
    }

    private void readLoop(int socketId) {
        api.read(socketId, BUFFER_SIZE, info -> {
            PayloadReceiver receiver = receivers.get(socketId);
            if (info.resultCode() > 0) {
                if (receiver != null) {
                    receiver.received(socketId, info.data(), null, 0);
                }
                readLoop(socketId);
            } else {
                api.lastError();
                pumping.remove(socketId);
                if (receiver != null) {
                    receiver.ended(socketId);
                }
            }
        });
    }

    private void receiveLoop(int socketId) {
        api.recvFrom(socketId, BUFFER_SIZE, info -> {
            if (info.resultCode() >= 0) {
                PayloadReceiver receiver = receivers.get(socketId);
                if (receiver != null) {
                    receiver.received(socketId, info.data(), info.address(), info.port());
                }
                receiveLoop(socketId);
            } else {
                api.lastError();
                pumping.remove(socketId);
            }
        });
    }
}
