package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * One open TCP connection: the channel, its addresses, bytes the liveness probe took out of the
 * kernel before anybody asked (served to the next read first), and the TLS session once
 * {@code secure()} succeeded. Blocking calls only; chrome.socket semantics live in TcpSocket.
 *
 * <p>The non-blocking calls ({@link #probeAlive}, {@link #readNow}) flip the channel's blocking
 * flag, so the caller must make sure no read or write is in progress on it.
 */
final class TcpStream {

    private static final int MAX_EAGER_BYTES = 64 * 1024;

    private final SocketChannel channel;
    private final boolean ipv6;
    private final String localAddress;
    private final int localPort;
    private final String peerAddress;
    private final int peerPort;
    private final ByteBuffer probe = ByteBuffer.allocate(1);
    private byte[] pushback;
    private TlsSession tls;

    TcpStream(SocketChannel channel, boolean ipv6) throws IOException {
        this.channel = channel;
        this.ipv6 = ipv6;
        InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
        InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
        this.localAddress = Addresses.toText(local.getAddress(), ipv6);
        this.localPort = local.getPort();
        this.peerAddress = Addresses.toText(peer.getAddress(), ipv6);
        this.peerPort = peer.getPort();
    }

    SocketChannel channel() {
        return channel;
    }

    String localAddress() {
        return localAddress;
    }

    int localPort() {
        return localPort;
    }

    String peerAddress() {
        return peerAddress;
    }

    int peerPort() {
        return peerPort;
    }

    boolean secured() {
        return tls != null;
    }

    void secure(TlsSession session) {
        this.tls = session;
    }

    boolean hasPushback() {
        return pushback != null;
    }

    /** Every byte the probe read earlier (none when there are none), for the TLS handshake. */
    byte[] takeAllPushback() {
        byte[] bytes = pushback == null ? new byte[0] : pushback;
        pushback = null;
        return bytes;
    }

    /** Up to {@code max} bytes the probe read earlier. */
    byte[] takePushback(int max) {
        byte[] bytes = pushback;
        if (bytes.length <= max) {
            pushback = null;
            return bytes;
        }
        pushback = Arrays.copyOfRange(bytes, max, bytes.length);
        return Arrays.copyOf(bytes, max);
    }

    /**
     * Chrome's liveness probe (a peek): false when the peer's FIN arrived and nothing is left to
     * read, or the connection failed. Bytes it finds are kept for the next read.
     */
    boolean probeAlive() {
        if (tls != null || pushback != null) {
            return true;
        }
        try {
            byte[] found = readNow(MAX_EAGER_BYTES);
            if (found == null) {
                return false;
            }
            if (found.length > 0) {
                pushback = found;
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Reads what is there without waiting: bytes (maybe none) or null at end of stream.
     */
    byte[] readNow(int max) throws IOException {
        channel.configureBlocking(false);
        try {
            probe.clear();
            int first = channel.read(probe);
            if (first < 0) {
                return null;
            }
            if (first == 0) {
                return new byte[0];
            }
            byte[] buffer = new byte[max];
            buffer[0] = probe.get(0);
            int n = max > 1 ? channel.read(ByteBuffer.wrap(buffer, 1, max - 1)) : 0;
            return Arrays.copyOf(buffer, 1 + Math.max(n, 0));
        } finally {
            channel.configureBlocking(true);
        }
    }

    /** Blocks until some bytes arrive; -1 at end of stream. */
    int read(byte[] buffer, int length) throws IOException {
        if (tls != null) {
            return tls.read(buffer, length);
        }
        return channel.read(ByteBuffer.wrap(buffer, 0, length));
    }

    /** Writes every byte, blocking as long as the peer does not read. */
    void writeFully(byte[] data) throws IOException {
        if (tls != null) {
            tls.write(data);
            return;
        }
        ByteBuffer buffer = ByteBuffer.wrap(data);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** Closes TCP (and TLS, abruptly, as Chrome's disconnect does). */
    void close() {
        try {
            channel.close();
        } catch (IOException ignored) {
            // closing a socket that failed is not an error worth reporting
        }
    }

    boolean ipv6() {
        return ipv6;
    }
}
