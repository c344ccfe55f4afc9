package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A plain {@code java.net} TCP listener on a loopback address for the engine to connect to; every
 * connection it accepts becomes a {@link TcpPeer} and is closed with the server.
 */
final class PeerServer implements AutoCloseable {

    private final String address;
    private final ServerSocket server;
    private final List<TcpPeer> peers = new CopyOnWriteArrayList<>();

    /** Listens on {@code address} at an ephemeral port. */
    PeerServer(String address) {
        this(address, 0);
    }

    /**
     * @param receiveBufferBytes the accepted connections' receive buffer, fixed (no kernel
     *                           autotuning) so that a writer fills it quickly; 0 = OS default
     */
    PeerServer(String address, int receiveBufferBytes) {
        this.address = address;
        try {
            server = new ServerSocket();
            if (receiveBufferBytes > 0) {
                server.setReceiveBufferSize(receiveBufferBytes);
            }
            server.bind(new InetSocketAddress(InetAddress.ofLiteral(address), 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The literal the server listens on, as given. */
    String address() {
        return address;
    }

    int port() {
        return server.getLocalPort();
    }

    /** Accepts the next connection (already queued or yet to come). */
    TcpPeer accept() {
        CompletableFuture<TcpPeer> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return new TcpPeer(server.accept());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> Thread.ofVirtual().start(runnable));
        try {
            TcpPeer peer = accepted.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
            peers.add(peer);
            return peer;
        } catch (Exception e) {
            throw new AssertionError("no connection arrived at the peer server", e);
        }
    }

    @Override
    public void close() {
        peers.forEach(TcpPeer::close);
        try {
            server.close();
        } catch (IOException ignored) {
            // the test is over
        }
    }
}
