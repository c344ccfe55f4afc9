package org.socketworkbench.certificates;

import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.engine.TlsServerOptions.ClientAuth;

import java.nio.file.Path;
import java.util.List;

/**
 * What the user chose for a TLS server in the form: where the certificate comes from, and whether
 * to ask clients for theirs. {@link #load} reads and checks everything before any socket exists.
 *
 * @param source      self-signed for {@code names}, a PEM pair, or a PKCS#12 file
 * @param names       host names and addresses for a self-signed certificate
 * @param certificate the PEM chain or the PKCS#12 file
 * @param key         the PEM key (may be the chain's file)
 * @param password    the PKCS#12 password
 * @param clientAuth  whether clients are asked for a certificate
 * @param clientCa    the CAs client certificates must chain to (PEM), or null
 */
public record ServerTlsRequest(Source source, List<String> names, Path certificate, Path key, char[] password,
                               ClientAuth clientAuth, Path clientCa) {

    static final String NEED_CERTIFICATE = "certificates.needCertificate";

    /** Where the server's certificate comes from. */
    public enum Source {
        // The label is the choice's identity for relay and ui/sockets (ofLabel); text() is what a person reads.
        SELF_SIGNED("self-signed"), PEM("PEM files"), PKCS12("PKCS#12 file"); // i18n-ok: identities, see text()

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The source's name in the current language. */
        public String text() {
            return CertificateMessages.text("certificates.source." + name());
        }

        public static Source ofLabel(String label) {
            for (Source source : values()) {
                if (source.label.equals(label)) {
                    return source;
                }
            }
            throw new IllegalArgumentException(label);
        }
    }

    /** The engine's options and the identity they present (for its fingerprint). */
    public record Loaded(TlsServerOptions options, ServerIdentity identity) {
    }

    /** Reads and checks the certificate, the key and the CA file (blocking: off the UI thread). */
    public Loaded load(SelfSignedCertificates selfSigned) throws CertificateProblem {
        ServerIdentity identity = switch (source) {
            case SELF_SIGNED -> selfSigned.forNames(names);
            case PEM -> {
                if (certificate == null) {
                    throw new CertificateProblem(CertificateMessages.text(NEED_CERTIFICATE));
                }
                yield PemFiles.identity(certificate, key == null ? certificate : key);
            }
            case PKCS12 -> {
                if (certificate == null) {
                    throw new CertificateProblem(CertificateMessages.text(NEED_CERTIFICATE));
                }
                yield Pkcs12File.identity(certificate, password == null ? new char[0] : password);
            }
        };
        return new Loaded(ServerTlsSetup.options(identity, clientAuth, clientCa, List.of()), identity);
    }
}
