package org.socketworkbench.engine.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real peer for the {@code secure()} tests: a TCP listener on a loopback address and an
 * ephemeral port, whose first connection runs a {@link Conversation} on a virtual thread. The
 * conversations upgrade the connection with plain JSSE in server mode ({@link ServerTls}), which
 * lets one of them read a plaintext prefix first (STARTTLS style) and another not speak TLS at all.
 */
final class TlsTestServer implements AutoCloseable {

    /** What the server does with the accepted connection. */
    @FunctionalInterface
    interface Conversation {
        void talk(Socket accepted) throws Exception;
    }

    private final ServerSocket listener;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> finished = new CompletableFuture<>();

    private TlsTestServer(ServerSocket listener, Conversation conversation) {
        this.listener = listener;
        Thread.ofVirtual().name("tls-test-server").start(() -> serve(conversation));
    }

    /** Listens on 127.0.0.1. */
    static TlsTestServer start(Conversation conversation) throws IOException {
        return start(InetAddress.getByName("127.0.0.1"), conversation);
    }

    static TlsTestServer start(InetAddress address, Conversation conversation) throws IOException {
        ServerSocket listener = new ServerSocket();
        listener.bind(new InetSocketAddress(address, 0));
        return new TlsTestServer(listener, conversation);
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Completes when the conversation ends; exceptionally with what the server side saw go wrong. */
    CompletableFuture<Void> finished() {
        return finished;
    }

    private void serve(Conversation conversation) {
        try (Socket connection = listener.accept()) {
            accepted.add(connection);
            conversation.talk(connection);
            finished.complete(null);
        } catch (Exception e) {
            finished.completeExceptionally(e);
        }
    }

    /** Stops listening and drops the connection, so that no conversation outlives its test. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket connection : accepted) {
            connection.close();
        }
    }
}
