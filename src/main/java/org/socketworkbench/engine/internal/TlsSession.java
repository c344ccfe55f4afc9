package org.socketworkbench.engine.internal;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** A finished TLS handshake over a TCP connection: the streams that carry plaintext. */
record TlsSession(SSLSocket socket, InputStream in, OutputStream out) {

    static TlsSession of(SSLSocket socket) throws IOException {
        return new TlsSession(socket, socket.getInputStream(), socket.getOutputStream());
    }
}
