package org.socketworkbench.certificates;

import org.socketworkbench.engine.CertificateInfo;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the certificate chain a TLS server presents, so the user can look at it after a
 * secure() failed (-202, -200, -201) and decide whether to trust it. It opens its own connection and
 * refuses the chain once it has seen it: the handshake never completes, nothing is sent, and no
 * trust decision is made here.
 */
public final class CertificateProbe {

    private static final int TIMEOUT_MILLIS = 10_000;

    private CertificateProbe() {
    }

    /** The server's chain, leaf first (blocking: call it off the UI thread). */
    public static List<CertificateInfo> fetch(String host, int port) throws IOException {
        List<CertificateInfo> seen = new ArrayList<>();
        TrustManager recorder = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("not a server");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                for (X509Certificate certificate : chain) {
                    seen.add(CertificateInfo.of(certificate));
                }
                throw new CertificateException("only looking"); // i18n-ok: never shown, it only stops the handshake
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try (Socket plain = new Socket()) {
            plain.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
            plain.setSoTimeout(TIMEOUT_MILLIS);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {recorder}, null);
            try (SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, host, port, false)) {
                SSLParameters parameters = tls.getSSLParameters();
                if (!host.contains(":") && !host.matches("[\\d.]+")) {
                    parameters.setServerNames(List.of(new SNIHostName(host)));
                }
                tls.setSSLParameters(parameters);
                tls.startHandshake();
            } catch (IOException expected) {
                // the recorder refused the chain: that is how the probe ends
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(CertificateMessages.text("certificates.noTls"), e);
        }
        if (seen.isEmpty()) {
            throw new IOException(CertificateMessages.text("certificates.noServerCertificate", host, port));
        }
        return seen;
    }
}
