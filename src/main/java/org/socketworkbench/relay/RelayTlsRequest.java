package org.socketworkbench.relay;

import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.certificates.ServerTlsSetup;
import org.socketworkbench.engine.TlsServerOptions;

import java.util.List;
import java.util.Set;

/**
 * The TLS a relay form or the relay command asks for, before its certificate is read: {@link #load}
 * reads and checks it (blocking, off the UI thread) into the {@link RelayTls} a relay is made with.
 *
 * @param listen     the client leg's certificate (the TLS server's sources), or null for plain TCP
 * @param target     TLS to the target
 * @param targetPins target certificates accepted by fingerprint (normalized by {@link RelayTls})
 * @param alpn       ALPN protocols the client leg accepts and the target leg offers ({@link RelayTls#alpn})
 */
public record RelayTlsRequest(ServerTlsRequest listen, boolean target, Set<String> targetPins, List<String> alpn) {

    public static final RelayTlsRequest NONE = new RelayTlsRequest(null, false, Set.of());

    public RelayTlsRequest {
        targetPins = targetPins == null ? Set.of() : Set.copyOf(targetPins);
        alpn = alpn == null ? List.of() : List.copyOf(alpn);
    }

    /** Without ALPN. */
    public RelayTlsRequest(ServerTlsRequest listen, boolean target, Set<String> targetPins) {
        this(listen, target, targetPins, List.of());
    }

    /**
     * @param selfSigned where self-signed certificates are kept (the same one on every start, so a
     *                   client trusts it once), or null for a new one each time (the command line)
     */
    public RelayTls load(SelfSignedCertificates selfSigned) throws CertificateProblem {
        TlsServerOptions options = null;
        if (listen != null) {
            options = selfSigned == null && listen.source() == ServerTlsRequest.Source.SELF_SIGNED
                    ? ServerTlsSetup.options(SelfSignedCertificates.generate(listen.names()), listen.clientAuth(),
                            listen.clientCa(), alpn)
                    : listen.load(selfSigned).options();
            if (!alpn.isEmpty()) {
                options = new TlsServerOptions(options.context(), options.clientAuth(), alpn);
            }
        }
        return new RelayTls(options, target, targetPins, alpn);
    }
}
