package org.socketworkbench.engine;

import java.util.List;

/**
 * Extension: what a TLS connection negotiated, from {@link SocketEngine#getTlsInfo}; for a
 * client ({@code secure}) and for a connection a TLS server accepted alike.
 *
 * @param server      whether this end is the server (accepted by a TLS listener)
 * @param protocol    "TLSv1.3", "TLSv1.2", ...
 * @param cipherSuite the IANA name, e.g. "TLS_AES_128_GCM_SHA256"
 * @param alpn        the protocol ALPN agreed on, or null when there was none
 * @param serverName  the SNI name the client sent, or null when it sent none
 * @param resumed     whether an earlier session was resumed rather than a full handshake run
 * @param peerChain   the peer's certificates, leaf first; empty when it showed none (a client
 *                    without a certificate)
 */
public record TlsInfo(boolean server, String protocol, String cipherSuite, String alpn, String serverName,
                      boolean resumed, List<CertificateInfo> peerChain) {

    public TlsInfo {
        peerChain = List.copyOf(peerChain);
    }
}
