package org.socketworkbench.engine.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback listener that does not accept and whose accept queue is full, so that a further
 * connect to it stays pending: Linux drops the SYN while the queue is full (backlog 1 holds two
 * established connections, which this class makes itself) and the client retransmits it for
 * minutes. Nothing leaves loopback.
 */
final class FullBacklogListener implements AutoCloseable {

    private static final int BACKLOG = 1;

    private final ServerSocketChannel server;
    /** Both ends of the connections that fill the queue. */
    private final List<SocketChannel> connections = new ArrayList<>();

    FullBacklogListener() {
        try {
            server = ServerSocketChannel.open();
            server.bind(new InetSocketAddress(InetAddress.ofLiteral(Sockets.LOOPBACK), 0), BACKLOG);
            for (int i = 0; i <= BACKLOG; i++) {
                connections.add(SocketChannel.open(server.getLocalAddress()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.socket().getLocalPort();
    }

    /**
     * Accepts one queued connection, so that the pending connect gets through at its next SYN
     * retransmission (about a second later).
     */
    void makeRoom() {
        try {
            connections.add(server.accept());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            for (SocketChannel connection : connections) {
                connection.close();
            }
            server.close();
        } catch (IOException ignored) {
            // the test is over
        }
    }
}
