package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Sync;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The far end of an engine TCP connection (an accepted connection, or a client of an engine
 * listener), played by plain {@code java.net} sockets so that the engine is never tested against
 * itself. Blocking calls give up after {@link Sync#TIMEOUT_SECONDS}.
 */
final class TcpPeer implements AutoCloseable {

    private final Socket plain;
    private volatile Socket current;

    TcpPeer(Socket socket) {
        this.plain = socket;
        this.current = socket;
        try {
            socket.setSoTimeout((int) (Sync.TIMEOUT_SECONDS * 1000));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The peer's own port: the engine socket's peerPort. */
    int port() {
        return plain.getLocalPort();
    }

    /** The engine socket's local port as the peer sees it. */
    int remotePort() {
        return plain.getPort();
    }

    void send(byte[] data) {
        try {
            OutputStream out = current.getOutputStream();
            out.write(data);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads exactly {@code n} bytes. */
    byte[] receive(int n) {
        try {
            byte[] bytes = current.getInputStream().readNBytes(n);
            assertEquals(n, bytes.length, "the peer got fewer bytes than the engine reported written");
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code expected.length} bytes and compares them. */
    void expect(byte[] expected) {
        assertArrayEquals(expected, receive(expected.length));
    }

    /** Waits for the engine side to close: the next read is end of stream. */
    void expectEndOfStream() {
        try {
            InputStream in = current.getInputStream();
            assertEquals(-1, in.read(), "expected end of stream from the engine side");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Plays the TLS server over this connection: the handshake runs in the background until the
     * engine's {@code secure()} has done its part; later sends and receives are encrypted.
     */
    CompletableFuture<Void> startTlsServer(SSLContext serverContext) {
        try {
            SSLSocket secured = (SSLSocket) serverContext.getSocketFactory()
                    .createSocket(plain, plain.getInetAddress().getHostAddress(), plain.getPort(), true);
            secured.setUseClientMode(false);
            current = secured;
            return CompletableFuture.runAsync(() -> {
                try {
                    secured.startHandshake();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, runnable -> Thread.ofVirtual().start(runnable));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends the peer's sending side: a FIN, or on a TLS session a close_notify alert. */
    void shutdownOutput() {
        try {
            current.shutdownOutput();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes with an RST instead of a FIN (SO_LINGER 0). */
    void reset() {
        try {
            plain.setSoLinger(true, 0);
            plain.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Orderly TCP close (FIN). A TLS session is not closed with close_notify first: the JSSE
     * would wait for the engine's close_notify in reply.
     */
    @Override
    public void close() {
        try {
            plain.close();
        } catch (IOException ignored) {
            // closing a connection the engine already reset is fine
        }
    }
}
