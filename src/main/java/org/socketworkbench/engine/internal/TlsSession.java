package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.CertificateInfo;
import org.socketworkbench.engine.TlsInfo;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.SocketChannel;
import java.util.concurrent.locks.ReentrantLock;

/**
 * TLS records over a blocking TCP channel, driven through an {@link SSLEngine}: one reader and
 * one writer may work at the same time (as chrome.socket's read and write do). The engine, not an
 * {@code SSLSocket}, so that {@link TlsHandshake} sees every step of the handshake.
 *
 * <p>Like Chrome, a connection the peer ends without close_notify reads as a graceful end of
 * stream ({@code SSLClientSocketImpl} maps that unclean shutdown to EOF because many servers
 * never send the alert).
 */
final class TlsSession {

    private static final ByteBuffer NOTHING = ByteBuffer.allocate(0);
    private static final int RECORDS_PER_BUFFER = 4;

    private final SocketChannel channel;
    private final SSLEngine engine;
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Received TLS bytes not yet unwrapped; filled from position 0 (write mode). */
    private ByteBuffer cipherIn;
    /** Plaintext unwrapped but not yet delivered (read mode). */
    private ByteBuffer plainIn;
    private ByteBuffer cipherOut;
    private boolean inboundClosed;
    private final boolean server;
    /** When this handshake began: a session created before it was resumed, not negotiated. */
    private final long handshakeStartedMillis = System.currentTimeMillis();

    /**
     * @param received bytes the peer sent that were already taken out of the channel; they are
     *                 the start of what the engine unwraps
     */
    TlsSession(SocketChannel channel, SSLEngine engine, byte[] received, boolean server) {
        this.channel = channel;
        this.server = server;
        this.engine = engine;
        int packetSize = engine.getSession().getPacketBufferSize();
        // room for several records each way: bulk data then costs one system call per few records
        this.cipherIn = ByteBuffer.allocate(Math.max(RECORDS_PER_BUFFER * packetSize, received.length)).put(received);
        this.plainIn = ByteBuffer.allocate(RECORDS_PER_BUFFER * engine.getSession().getApplicationBufferSize()).flip();
        this.cipherOut = ByteBuffer.allocate(RECORDS_PER_BUFFER * packetSize);
    }

    SSLEngine engine() {
        return engine;
    }

    /**
     * What the handshake negotiated. JSSE has no "resumed" flag; a session older than this
     * handshake can only have come from the session cache, which is what resumption is.
     */
    TlsInfo info() {
        SSLSession session = engine.getSession();
        List<CertificateInfo> chain = new ArrayList<>();
        try {
            for (Certificate certificate : session.getPeerCertificates()) {
                if (certificate instanceof X509Certificate x509) {
                    chain.add(CertificateInfo.of(x509));
                }
            }
        } catch (SSLPeerUnverifiedException e) {
            // a client that showed no certificate
        }
        String alpn = engine.getApplicationProtocol();
        return new TlsInfo(server, session.getProtocol(), session.getCipherSuite(),
                alpn == null || alpn.isEmpty() ? null : alpn, requestedServerName(session),
                session.getCreationTime() < handshakeStartedMillis, chain);
    }

    /** The SNI name: the one the client sent (server side), the one we sent (client side). */
    private String requestedServerName(SSLSession session) {
        List<SNIServerName> names = List.of();
        if (server && session instanceof ExtendedSSLSession extended) {
            names = extended.getRequestedServerNames();
        } else if (!server && engine.getSSLParameters().getServerNames() != null) {
            names = engine.getSSLParameters().getServerNames();
        }
        return names.stream().filter(SNIHostName.class::isInstance).map(n -> ((SNIHostName) n).getAsciiName())
                .findFirst().orElse(null);
    }

    /** Blocks until plaintext arrives; -1 at the end of the stream (close_notify or TCP FIN). */
    int read(byte[] buffer, int length) throws IOException {
        readLock.lock();
        try {
            while (!plainIn.hasRemaining()) {
                if (inboundClosed || !receive()) {
                    return -1;
                }
                answerPeer();
            }
            if (plainIn.remaining() < length) {
                unwrapReceived();
            }
            int n = Math.min(length, plainIn.remaining());
            plainIn.get(buffer, 0, n);
            return n;
        } finally {
            readLock.unlock();
        }
    }

    /** Sends every byte of {@code data} as TLS records. */
    void write(byte[] data) throws IOException {
        writeLock.lock();
        try {
            ByteBuffer source = ByteBuffer.wrap(data);
            do {
                wrapAndSend(source);
            } while (source.hasRemaining());
        } finally {
            writeLock.unlock();
        }
    }

    /** Sends what the engine has to say on its own (handshake messages, alerts). */
    void sendPending() throws IOException {
        writeLock.lock();
        try {
            wrapAndSend(NOTHING);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * After the peer's close_notify or FIN: whether this side may still send. TLS 1.3 allows a
     * half-close; TLS 1.2 (and earlier) answers close_notify with its own and ends the connection.
     */
    boolean canStillSend() {
        return "TLSv1.3".equals(engine.getSession().getProtocol()) && !engine.isOutboundDone();
    }

    /**
     * Sends close_notify: this side writes no more. TLS 1.3 goes on reading what the peer still
     * sends; TLS 1.2 expects the peer's close_notify in reply.
     */
    void closeOutbound() throws IOException {
        writeLock.lock();
        try {
            engine.closeOutbound();
            // one wrap makes the alert; a second is there should the engine split it
            for (int attempt = 0; attempt < 2 && !engine.isOutboundDone(); attempt++) {
                wrapAndSend(NOTHING);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Unwraps one TLS record, reading from the channel as long as no complete record is there.
     * False at the end of the stream: the record was close_notify, or the peer closed TCP first.
     */
    boolean receive() throws IOException {
        while (true) {
            if (cipherIn.position() > 0) {
                SSLEngineResult result = unwrap();
                switch (result.getStatus()) {
                    case OK -> {
                        runDelegatedTasks();
                        return true;
                    }
                    case CLOSED -> {
                        inboundClosed = true;
                        return false;
                    }
                    case BUFFER_OVERFLOW -> {
                        plainIn = enlarge(plainIn.compact(), engine.getSession().getApplicationBufferSize()).flip();
                        continue;
                    }
                    case BUFFER_UNDERFLOW -> {
                        if (!cipherIn.hasRemaining()) {
                            cipherIn = enlarge(cipherIn, engine.getSession().getPacketBufferSize());
                        }
                    }
                }
            }
            if (channel.read(cipherIn) < 0) {
                return false;
            }
        }
    }

    /**
     * After the handshake: more whole records that arrived with the last channel read are
     * unwrapped too, while the plaintext buffer has room for one more, so that one read returns
     * up to several records' worth instead of one (TLS records carry at most 16 KiB).
     */
    private void unwrapReceived() throws IOException {
        int appSize = engine.getSession().getApplicationBufferSize();
        while (cipherIn.position() > 0 && plainIn.capacity() - plainIn.remaining() >= appSize
                && engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
            SSLEngineResult result = unwrap();
            if (result.getStatus() == SSLEngineResult.Status.CLOSED) {
                inboundClosed = true;
                return;
            }
            if (result.getStatus() != SSLEngineResult.Status.OK || result.bytesProduced() == 0) {
                answerPeer();
                return;
            }
        }
    }

    /** Runs the engine's slow work (certificate checks, key agreement) on this thread. */
    void runDelegatedTasks() {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
        }
    }

    /** After the handshake: answers what the peer's records require (KeyUpdate, renegotiation). */
    private void answerPeer() throws IOException {
        while (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP
                || engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_TASK) {
            runDelegatedTasks();
            if (engine.getHandshakeStatus() == SSLEngineResult.HandshakeStatus.NEED_WRAP) {
                sendPending();
            }
        }
    }

    private SSLEngineResult unwrap() throws SSLException {
        cipherIn.flip();
        plainIn.compact();
        try {
            return engine.unwrap(cipherIn, plainIn);
        } finally {
            cipherIn.compact();
            plainIn.flip();
        }
    }

    /**
     * Wraps records of {@code source} while the out buffer holds another whole record (several
     * per write system call for bulk data; one for handshake messages and alerts), and sends them
     * before returning.
     */
    private void wrapAndSend(ByteBuffer source) throws IOException {
        cipherOut.clear();
        while (true) {
            SSLEngineResult result = engine.wrap(source, cipherOut);
            int packetSize = engine.getSession().getPacketBufferSize();
            if (result.getStatus() == SSLEngineResult.Status.BUFFER_OVERFLOW) {
                if (cipherOut.position() == 0) {
                    cipherOut = enlarge(cipherOut, packetSize);
                    continue;
                }
            } else if (result.getStatus() == SSLEngineResult.Status.OK && source.hasRemaining()
                    && result.bytesConsumed() > 0 && cipherOut.remaining() >= packetSize) {
                continue;
            }
            cipherOut.flip();
            while (cipherOut.hasRemaining()) {
                channel.write(cipherOut);
            }
            runDelegatedTasks();
            if (result.getStatus() == SSLEngineResult.Status.CLOSED && source.hasRemaining()) {
                // the TLS connection is closed for sending (close_notify exchanged)
                throw new ClosedChannelException();
            }
            return;
        }
    }

    /** A buffer (write mode) with room for at least {@code needed} more bytes, keeping the content. */
    private static ByteBuffer enlarge(ByteBuffer buffer, int needed) {
        ByteBuffer larger = ByteBuffer.allocate(buffer.position() + Math.max(needed, buffer.capacity()));
        return larger.put(buffer.flip());
    }
}
