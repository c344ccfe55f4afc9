package org.socketworkbench.certificates;

import org.socketworkbench.engine.CertificateInfo;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What a TLS server presents: its certificate chain (leaf first) and the leaf's private key,
 * already checked to belong together.
 *
 * @param source where it came from, for the user ("server.pem", "PKCS#12 server.p12", "self-signed for localhost")
 */
public record ServerIdentity(List<X509Certificate> chain, PrivateKey key, String source) {

    public ServerIdentity {
        chain = List.copyOf(chain);
        Objects.requireNonNull(key, "key");
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a server identity needs a certificate"); // i18n-ok: a programming error, for developers
        }
    }

    public X509Certificate leaf() {
        return chain.getFirst();
    }

    /** The leaf's SHA-256 fingerprint, as openssl prints it and as clients pin it. */
    public String fingerprint() {
        return CertificateInfo.fingerprint(leaf());
    }

    public CertificateInfo leafInfo() {
        return CertificateInfo.of(leaf());
    }
}
