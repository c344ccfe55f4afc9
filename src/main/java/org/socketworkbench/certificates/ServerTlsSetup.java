package org.socketworkbench.certificates;

import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.engine.TlsServerOptions.ClientAuth;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The engine's {@link TlsServerOptions} from a server identity, the client-certificate request and
 * the CA file client certificates are checked against. Everything is read and checked here, before
 * a socket is touched: a problem leaves nothing half-started.
 */
public final class ServerTlsSetup {

    private static final char[] IN_MEMORY = new char[0];

    private ServerTlsSetup() {
    }

    /**
     * @param clientCa PEM file of the CAs a client certificate must chain to; required unless
     *                 {@code clientAuth} is NONE (without it no client certificate could pass)
     */
    public static TlsServerOptions options(ServerIdentity identity, ClientAuth clientAuth, Path clientCa,
                                           List<String> alpnProtocols) throws CertificateProblem {
        List<X509Certificate> anchors = clientAuth == ClientAuth.NONE || clientCa == null ? List.of()
                : PemFiles.certificates(clientCa);
        if (clientAuth != ClientAuth.NONE && anchors.isEmpty()) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NO_CA, clientCa == null ? CertificateMessages.text("certificates.noCaFile") : clientCa));
        }
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("server", identity.key(), IN_MEMORY, identity.chain().toArray(Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, IN_MEMORY);
            TrustManagerFactory trust = null;
            if (!anchors.isEmpty()) {
                KeyStore trusted = KeyStore.getInstance("PKCS12");
                trusted.load(null, null);
                for (int i = 0; i < anchors.size(); i++) {
                    trusted.setCertificateEntry("ca" + i, anchors.get(i));
                }
                trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                trust.init(trusted);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
            return new TlsServerOptions(context, clientAuth, alpnProtocols);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.TLS_SETUP, e.getMessage()), e);
        }
    }
}
