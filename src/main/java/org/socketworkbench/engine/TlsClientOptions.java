package org.socketworkbench.engine;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Extension (no chrome.socket counterpart): what {@link SocketEngine#secure(int, SecureOptions,
 * TlsClientOptions, Callback)} adds to Chrome's {@link SecureOptions}. Chrome's own
 * {@code secure} keeps its exact options and codes.
 *
 * @param alpnProtocols protocols offered by ALPN, in preference order; empty: no ALPN extension
 * @param serverName    the SNI name (and the name the certificate is checked against) instead of
 *                      the one given to connect; null keeps Chrome's choice
 * @param pinnedSha256  SHA-256 fingerprints of leaf certificates accepted for this endpoint even
 *                      when no trust anchor vouches for them (hex, colons and case ignored); any
 *                      other certificate is verified as usual. There is no "trust everything".
 */
public record TlsClientOptions(List<String> alpnProtocols, String serverName, Set<String> pinnedSha256) {

    public static final TlsClientOptions NONE = new TlsClientOptions(List.of(), null, Set.of());

    public TlsClientOptions {
        alpnProtocols = alpnProtocols == null ? List.of() : List.copyOf(alpnProtocols);
        pinnedSha256 = pinnedSha256 == null ? Set.of()
                : pinnedSha256.stream().map(TlsClientOptions::normalizeFingerprint).collect(Collectors.toUnmodifiableSet());
    }

    /** Only pins. */
    public static TlsClientOptions pinned(Set<String> fingerprints) {
        return new TlsClientOptions(List.of(), null, fingerprints);
    }

    /** A fingerprint as {@link CertificateInfo#sha256()} writes it: upper-case hex pairs joined by colons. */
    public static String normalizeFingerprint(String fingerprint) {
        String hex = Objects.requireNonNull(fingerprint).replace(":", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 fingerprint (64 hex digits): " + fingerprint);
        }
        StringBuilder out = new StringBuilder(95);
        for (int i = 0; i < 64; i += 2) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex, i, i + 2);
        }
        return out.toString();
    }
}
