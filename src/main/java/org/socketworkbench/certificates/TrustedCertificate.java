package org.socketworkbench.certificates;

import org.socketworkbench.engine.TlsClientOptions;

import java.util.Locale;

/**
 * A certificate the user chose to trust for one endpoint after a failed secure(): a pin, by the
 * SHA-256 fingerprint of the leaf, valid for HOST:PORT only (kept in settings.json).
 *
 * @param host    the host as given to connect (compared without case)
 * @param port    the port
 * @param sha256  the fingerprint, {@code AB:CD:...}
 * @param subject the certificate's subject, to recognise it in the list
 */
public record TrustedCertificate(String host, int port, String sha256, String subject) {

    public TrustedCertificate {
        host = host == null ? "" : host.toLowerCase(Locale.ROOT);
        sha256 = TlsClientOptions.normalizeFingerprint(sha256);
        subject = subject == null ? "" : subject;
    }

    public boolean isFor(String otherHost, int otherPort) {
        return port == otherPort && host.equalsIgnoreCase(otherHost);
    }

    /** "host:port", IPv6 hosts in brackets. */
    public String endpoint() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
