package org.socketworkbench.engine;

import javax.net.ssl.SSLContext;
import java.util.List;
import java.util.Objects;

/**
 * Extension (no chrome.socket counterpart): what a TLS server presents and asks for, given to
 * {@link SocketEngine#setServerTls} before {@code listen}. The context carries the server's key
 * material (its key managers) and, when client certificates are asked for, the trust for them (its
 * trust managers); build one with {@code org.socketworkbench.certificates} or by hand.
 *
 * @param context        a server TLS context: key managers required, trust managers for client certificates
 * @param clientAuth     whether a client certificate is asked for
 * @param alpnProtocols  protocols the server accepts by ALPN, in preference order; empty: no ALPN
 */
public record TlsServerOptions(SSLContext context, ClientAuth clientAuth, List<String> alpnProtocols) {

    /** Whether the server asks the client for a certificate. */
    public enum ClientAuth {
        /** No CertificateRequest. */
        NONE,
        /** Asked for; a client without one is still accepted, one the trust refuses is not. */
        WANT,
        /** Required: a client without a trusted certificate fails the handshake. */
        NEED
    }

    public TlsServerOptions {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(clientAuth, "clientAuth");
        alpnProtocols = alpnProtocols == null ? List.of() : List.copyOf(alpnProtocols);
    }

    /** A server with this context and no client certificates. */
    public static TlsServerOptions of(SSLContext context) {
        return new TlsServerOptions(context, ClientAuth.NONE, List.of());
    }
}
