package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.Arrays;

/**
 * One open TCP connection: the channel, its addresses, bytes the liveness probe took out of the
 * kernel before anybody asked (served to the next read first), and the TLS session once
 * {@code secure()} succeeded. Blocking calls only; chrome.socket semantics live in TcpSocket.
 *
 * <p>{@link #probeAlive} flips the channel's blocking
 * flag, so the caller must make sure no read or write is in progress on it.
 */
final class TcpStream {

    private static final byte[] EMPTY = new byte[0];

    private final SocketChannel channel;
    private final boolean ipv6;
    private final String localAddress;
    private final int localPort;
    private final String peerAddress;
    private final int peerPort;
    private final InputStream input;
    private final ByteBuffer probe = ByteBuffer.allocate(1);
    private byte[] pushback;
    private TlsSession tls;
    /**
     * Bytes FIONREAD reported that no read has taken yet. They are certainly still there (reads of
     * one stream run one at a time, and an error makes a read return at once), so the next read
     * need not ask the kernel again.
     */
    private int knownWaiting;

    TcpStream(SocketChannel channel, boolean ipv6) throws IOException {
        this.channel = channel;
        this.ipv6 = ipv6;
        InetSocketAddress local = (InetSocketAddress) channel.getLocalAddress();
        InetSocketAddress peer = (InetSocketAddress) channel.getRemoteAddress();
        this.localAddress = Addresses.toText(local.getAddress(), ipv6);
        this.localPort = local.getPort();
        this.peerAddress = Addresses.toText(peer.getAddress(), ipv6);
        this.peerPort = peer.getPort();
        this.input = channel.socket().getInputStream();
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

    /** What TLS negotiated, or null before secure. */
    org.socketworkbench.engine.TlsInfo tlsInfo() {
        return tls == null ? null : tls.info();
    }

    void secure(TlsSession session) {
        this.tls = session;
        this.knownWaiting = 0;
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

    /**
     * Up to {@code max} bytes: those the probe read earlier, followed by whatever else is waiting
     * in the kernel, so a peer's one write is not split into "h" and "ello" just because a probe
     * took its first byte.
     */
    byte[] takePushback(int max) throws IOException {
        byte[] bytes = pushback;
        if (bytes.length > max) {
            pushback = Arrays.copyOfRange(bytes, max, bytes.length);
            return Arrays.copyOf(bytes, max);
        }
        pushback = null;
        byte[] more = bytes.length < max ? readWaiting(max - bytes.length) : EMPTY;
        if (more.length == 0) {
            return bytes;
        }
        byte[] joined = Arrays.copyOf(bytes, bytes.length + more.length);
        System.arraycopy(more, 0, joined, bytes.length, more.length);
        return joined;
    }

    /** Bytes waiting in the kernel (FIONREAD); cheap, and never changes the blocking mode. */
    int available() throws IOException {
        return input.available();
    }

    /**
     * Chrome's liveness probe (a peek): false when the peer's FIN arrived and nothing is left to
     * read, or the connection failed. A byte it has to take out is kept for the next read.
     */
    boolean probeAlive() {
        if (tls != null || pushback != null) {
            return true;
        }
        try {
            if (knownWaiting > 0 || available() > 0) {
                return true;
            }
            channel.configureBlocking(false);
            int n;
            try {
                probe.clear();
                n = channel.read(probe);
            } finally {
                channel.configureBlocking(true);
            }
            if (n > 0) {
                pushback = new byte[] {probe.get(0)};
            }
            return n >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** Up to {@code max} of the bytes waiting in the kernel, without blocking; none when none are. */
    byte[] readWaiting(int max) throws IOException {
        int waiting = knownWaiting > 0 ? knownWaiting : available();
        if (waiting <= 0) {
            return EMPTY;
        }
        byte[] bytes = new byte[Math.min(waiting, max)];
        int n = channel.read(ByteBuffer.wrap(bytes));
        knownWaiting = n == bytes.length ? waiting - n : 0;
        return n == bytes.length ? bytes : Arrays.copyOf(bytes, Math.max(n, 0));
    }

    /**
     * Waits for data and returns 1..max bytes, or null at end of stream. While it waits it holds
     * one byte of buffer, not {@code max}: ten thousand idle connections with a read pending
     * cost almost nothing.
     */
    byte[] readBlocking(int max) throws IOException {
        if (tls != null) {
            byte[] buffer = new byte[max];
            int n = tls.read(buffer, max);
            return n < 0 ? null : n == max ? buffer : Arrays.copyOf(buffer, n);
        }
        probe.clear();
        if (channel.read(probe) < 0) {
            return null;
        }
        int waiting = max > 1 ? available() : 0;
        int more = Math.min(waiting, max - 1);
        byte[] bytes = new byte[1 + more];
        bytes[0] = probe.get(0);
        knownWaiting = 0;
        if (more > 0) {
            int n = channel.read(ByteBuffer.wrap(bytes, 1, more));
            if (n < more) {
                return Arrays.copyOf(bytes, 1 + Math.max(n, 0));
            }
            knownWaiting = waiting - more;
        }
        return bytes;
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

    /** After the peer's end of stream: whether TLS still lets this side send (TLS 1.3 half-close). */
    boolean tlsCanStillSend() {
        return tls != null && tls.canStillSend();
    }

    /**
     * The half-close extension: close_notify first on a TLS connection, then FIN; reads go on.
     * Blocks while the peer's window is full, like a write.
     */
    void shutdownOutput() throws IOException {
        if (tls != null) {
            tls.closeOutbound();
        }
        channel.shutdownOutput();
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
