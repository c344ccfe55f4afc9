package org.socketworkbench.engine.tls;

import org.socketworkbench.engine.tls.TlsTestServer.Conversation;

import javax.net.ssl.SSLSocket;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The server behaviours the {@code secure()} tests need. */
final class Conversations {

    private static final long WAIT_SECONDS = 20;

    private Conversations() {
    }

    /** TLS, then every byte received is sent back, until the client closes; then close_notify. */
    static Conversation echo(ServerTls tls) {
        return accepted -> {
            try (SSLSocket secured = tls.upgrade(accepted)) {
                echoUntilEnd(secured.getInputStream(), secured.getOutputStream());
            }
        };
    }

    /**
     * STARTTLS style: reads one plaintext line (reported to {@code plaintext}), then speaks TLS
     * and echoes. No plaintext reply, so the client may start its handshake right after the line.
     */
    static Conversation lineThenEcho(ServerTls tls, CompletableFuture<String> plaintext) {
        return accepted -> {
            plaintext.complete(readLine(accepted.getInputStream()));
            echo(tls).talk(accepted);
        };
    }

    /** Waits for {@code go} before the handshake (the client's handshake stays in progress). */
    static Conversation echoAfter(CountDownLatch go, ServerTls tls) {
        return accepted -> {
            if (!go.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the test never let the handshake go on");
            }
            echo(tls).talk(accepted);
        };
    }

    /** TLS, then a clean close: close_notify, then FIN. */
    static Conversation handshakeThenClose(ServerTls tls) {
        return accepted -> tls.upgrade(accepted).close();
    }

    /** TLS, then TCP closes without close_notify (an unclean shutdown). */
    static Conversation handshakeThenHangUp(ServerTls tls) {
        return accepted -> {
            tls.upgrade(accepted);
            accepted.close();
        };
    }

    /** Not TLS: answers the ClientHello with an HTTP error and keeps the connection open. */
    static Conversation garbage() {
        return accepted -> {
            InputStream in = accepted.getInputStream();
            if (in.read() < 0) {
                throw new EOFException("the client sent no ClientHello");
            }
            accepted.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            accepted.getOutputStream().flush();
            drain(in);
        };
    }

    /** Not TLS: closes the connection as soon as the ClientHello arrives. */
    static Conversation hangUpOnClientHello() {
        return accepted -> {
            if (accepted.getInputStream().read() < 0) {
                throw new EOFException("the client sent no ClientHello");
            }
        };
    }

    /** Plain TCP that never says anything and keeps the connection until the client closes. */
    static Conversation silent() {
        return accepted -> drain(accepted.getInputStream());
    }

    private static void echoUntilEnd(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[4096];
        int n;
        while ((n = in.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[4096];
        while (in.read(buffer) >= 0) {
            // until the client closes
        }
    }

    /** One line, byte by byte, so that nothing after it (the ClientHello) is taken from the socket. */
    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new EOFException("no line before the end of the stream");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII).strip();
    }
}
