package org.socketworkbench.engine;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One certificate of a TLS peer's chain, as {@link TlsInfo} shows it.
 *
 * @param subject         the subject's distinguished name (RFC 2253)
 * @param subjectAltNames DNS names and IP addresses of the subjectAltName extension
 * @param issuer          the issuer's distinguished name
 * @param notBefore       start of validity
 * @param notAfter        end of validity
 * @param sha256          SHA-256 of the DER encoding, upper-case hex pairs joined by colons (as
 *                        {@code openssl x509 -fingerprint -sha256} prints it)
 */
public record CertificateInfo(String subject, List<String> subjectAltNames, String issuer, Instant notBefore,
                              Instant notAfter, String sha256) {

    public CertificateInfo {
        subjectAltNames = List.copyOf(subjectAltNames);
    }

    public static CertificateInfo of(X509Certificate certificate) {
        return new CertificateInfo(certificate.getSubjectX500Principal().getName(), altNames(certificate),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), fingerprint(certificate));
    }

    /** The SHA-256 fingerprint of a certificate, in {@link #sha256()}'s form. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** DNS names (type 2) and IP addresses (type 7) of the subjectAltName extension. */
    private static List<String> altNames(X509Certificate certificate) {
        List<String> names = new ArrayList<>();
        try {
            var entries = certificate.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    int type = (Integer) entry.get(0);
                    if (type == 2 || type == 7) {
                        names.add(String.valueOf(entry.get(1)));
                    }
                }
            }
        } catch (CertificateParsingException e) {
            // a malformed extension shows as no names
        }
        return names;
    }
}
