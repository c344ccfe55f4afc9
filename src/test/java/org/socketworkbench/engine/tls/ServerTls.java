package org.socketworkbench.engine.tls;

import org.socketworkbench.engine.tls.TestCertificates.ServerCertificate;

import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.util.List;

/**
 * How the server side of a test speaks TLS: which certificate it presents, which protocol
 * versions it accepts (null: JSSE's defaults) and whether it asks for a client certificate.
 */
record ServerTls(ServerCertificate certificate, List<String> protocols, ClientAuth clientAuth) {

    /** Whether the server sends a CertificateRequest, and whether it insists on an answer. */
    enum ClientAuth { NONE, WANTED, NEEDED }

    static ServerTls presenting(ServerCertificate certificate) {
        return new ServerTls(certificate, null, ClientAuth.NONE);
    }

    ServerTls onlyProtocols(String... versions) {
        return new ServerTls(certificate, List.of(versions), clientAuth);
    }

    ServerTls asking(ClientAuth auth) {
        return new ServerTls(certificate, protocols, auth);
    }

    /**
     * Turns an accepted TCP connection into a JSSE server socket and completes the handshake.
     * Closing the returned socket sends close_notify; closing {@code accepted} does not.
     */
    SSLSocket upgrade(Socket accepted) throws IOException {
        SSLSocket tls = (SSLSocket) TestCertificates.serverContext(certificate).getSocketFactory()
                .createSocket(accepted, null, true);
        tls.setUseClientMode(false);
        if (protocols != null) {
            tls.setEnabledProtocols(protocols.toArray(String[]::new));
        }
        switch (clientAuth) {
            case WANTED -> tls.setWantClientAuth(true);
            case NEEDED -> tls.setNeedClientAuth(true);
            case NONE -> tls.setNeedClientAuth(false);
        }
        tls.startHandshake();
        return tls;
    }
}
