package org.socketworkbench.relay;

import org.socketworkbench.engine.TlsInfo;

/**
 * What TLS negotiated on one leg of a relayed conversation, as the relay row shows it (from the
 * engine's {@code getTlsInfo} extension, src/docs/java-api.md).
 *
 * @param protocol    "TLSv1.3", "TLSv1.2", ...
 * @param cipherSuite the IANA name
 * @param alpn        the ALPN protocol agreed on, or null when there was none
 * @param peerSha256  the SHA-256 fingerprint of the peer's certificate (the target's; on the client leg
 *                    the client's), or null when the peer showed none
 */
public record LegTls(String protocol, String cipherSuite, String alpn, String peerSha256) {

    /** Null for null (the leg is not TLS, or no longer connected). */
    static LegTls of(TlsInfo info) {
        if (info == null) {
            return null;
        }
        String fingerprint = info.peerChain().isEmpty() ? null : info.peerChain().getFirst().sha256();
        return new LegTls(info.protocol(), info.cipherSuite(), info.alpn(), fingerprint);
    }
}
