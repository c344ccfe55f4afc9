package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.TLSVersionConstraints;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsServerOptions;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import java.io.IOException;
import java.net.IDN;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Upgrades a connected TCP channel to TLS as Chrome's {@code secure()} does (contract §5.21):
 * the engine's trust store, host name verification against the name given to {@code connect()}
 * (IDN names as A-labels, SNI for names but not for IP literals), the tlsVersion bounds mapped to
 * protocol versions, and never a client certificate. The engine's extensions add ALPN, an SNI
 * name of the caller's choice and pinned certificates ({@link TlsClientOptions}), and the server
 * side of the handshake for connections a TLS listener accepted ({@link #runServer}).
 */
final class TlsHandshake {

    /** Thrown when the handshake cannot succeed; carries Chrome's net error. */
    static final class Failure extends Exception {
        private final int code;

        Failure(int code, Throwable cause) {
            super(NetError.describe(code), cause);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    private static final List<String> ORDER = List.of("SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");
    private static final Map<String, String> CHROME_NAMES = Map.of(
            "ssl3", "SSLv3", "tls1", "TLSv1", "tls1.1", "TLSv1.1", "tls1.2", "TLSv1.2", "tls1.3", "TLSv1.3");

    private TlsHandshake() {
    }

    /**
     * Runs the handshake on the calling thread. On failure the caller closes the channel.
     *
     * @param received bytes of the peer already taken out of the channel (the liveness probe's)
     * @param extras   the engine's extensions; {@link TlsClientOptions#NONE} for Chrome's secure()
     */
    static TlsSession run(SSLContext context, SocketChannel channel, byte[] received, String hostname, int port,
                          SecureOptions options, TlsClientOptions extras) throws Failure {
        SSLEngine engine = clientEngine(pinning(context, extras), hostname, port, options, extras);
        return drive(new TlsSession(channel, engine, received, false), true);
    }

    /**
     * The server side, for a connection a TLS listener accepted: the listener's key material, the
     * client certificate request it asked for, its ALPN protocols. Codes as on the client side,
     * seen from the server ({@link TlsErrors#mapServerSide}): a client certificate our trust
     * refuses is -202 and friends, a required one that is missing -117, a client that speaks no
     * TLS at all -107, a client that refuses our certificate the code of its alert.
     */
    static TlsSession runServer(TlsServerOptions options, SocketChannel channel, byte[] received) throws Failure {
        SSLEngine engine;
        try {
            engine = options.context().createSSLEngine();
            engine.setUseClientMode(false);
            switch (options.clientAuth()) {
                case NEED -> engine.setNeedClientAuth(true);
                case WANT -> engine.setWantClientAuth(true);
                case NONE -> engine.setNeedClientAuth(false);
            }
            if (!options.alpnProtocols().isEmpty()) {
                SSLParameters parameters = engine.getSSLParameters();
                parameters.setApplicationProtocols(options.alpnProtocols().toArray(String[]::new));
                engine.setSSLParameters(parameters);
            }
        } catch (RuntimeException e) {
            throw new Failure(NetError.SSL_PROTOCOL_ERROR.code(), e);
        }
        return drive(new TlsSession(channel, engine, received, true), false);
    }

    private static TlsSession drive(TlsSession session, boolean client) throws Failure {
        SSLEngine engine = session.engine();
        boolean peerAnswered = false;
        try {
            engine.beginHandshake();
            while (true) {
                switch (engine.getHandshakeStatus()) {
                    case NEED_WRAP -> {
                        if (client) {
                            refuseClientCertificateRequest(engine);
                        }
                        session.sendPending();
                    }
                    case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
                        if (!session.receive()) {
                            throw new Failure(NetError.CONNECTION_CLOSED.code(), null);
                        }
                        peerAnswered = true;
                    }
                    case NEED_TASK -> session.runDelegatedTasks();
                    default -> {
                        return session;
                    }
                }
            }
        } catch (SSLException e) {
            sendAlert(session);
            throw new Failure(client ? TlsErrors.map(e, !peerAnswered) : TlsErrors.mapServerSide(e), e);
        } catch (IOException | RuntimeException e) {
            throw new Failure(client ? TlsErrors.map(e, !peerAnswered) : TlsErrors.mapServerSide(e), e);
        }
    }

    /** The engine's context, or one that also accepts the pinned certificates. */
    private static SSLContext pinning(SSLContext context, TlsClientOptions extras) throws Failure {
        if (extras.pinnedSha256().isEmpty()) {
            return context;
        }
        try {
            return PinningTrustManager.context(extras.pinnedSha256());
        } catch (java.security.GeneralSecurityException e) {
            throw new Failure(NetError.SSL_PROTOCOL_ERROR.code(), e);
        }
    }

    /**
     * Chrome has no client certificate to offer: as soon as a server's CertificateRequest is
     * processed, its handshake stops with -110, even when the certificate is optional
     * ({@code SSL_ERROR_WANT_X509_LOOKUP} without {@code send_client_cert}). JSSE records the
     * request's signature algorithms on the client's session and nowhere else, so a non-empty
     * list is exactly "the server asked". Checked before each client flight goes out, i.e. after
     * the server's certificate was verified. In TLS 1.3 JSSE has already promoted the handshake
     * session when the client's last flight waits to be sent, hence the fallback.
     */
    private static void refuseClientCertificateRequest(SSLEngine engine) throws Failure {
        SSLSession handshake = engine.getHandshakeSession() != null ? engine.getHandshakeSession() : engine.getSession();
        if (handshake instanceof ExtendedSSLSession extended
                && extended.getPeerSupportedSignatureAlgorithms().length > 0) {
            throw new Failure(NetError.SSL_CLIENT_AUTH_CERT_NEEDED.code(), null);
        }
    }

    /** The fatal alert JSSE queued for the server (best effort: the handshake failed anyway). */
    private static void sendAlert(TlsSession session) {
        try {
            session.engine().closeOutbound();
            session.sendPending();
        } catch (IOException | RuntimeException ignored) {
            // the failure being reported is the handshake's, not this one
        }
    }

    /** A client engine for the server name; -112 for an empty version range, -107 if JSSE refuses. */
    private static SSLEngine clientEngine(SSLContext context, String connectName, int port, SecureOptions options,
                                          TlsClientOptions extras) throws Failure {
        String hostname = extras.serverName() != null ? extras.serverName() : connectName;
        boolean ipLiteral = IpLiterals.parse(hostname) != null;
        String serverName = ipLiteral ? hostname : aLabels(hostname);
        try {
            SSLEngine engine = context.createSSLEngine(serverName, port);
            engine.setUseClientMode(true);
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setServerNames(ipLiteral ? List.of() : sniFor(serverName));
            parameters.setProtocols(protocols(Arrays.asList(engine.getEnabledProtocols()), options)
                    .toArray(String[]::new));
            if (!extras.alpnProtocols().isEmpty()) {
                parameters.setApplicationProtocols(extras.alpnProtocols().toArray(String[]::new));
            }
            engine.setSSLParameters(parameters);
            return engine;
        } catch (RuntimeException e) {
            throw new Failure(NetError.SSL_PROTOCOL_ERROR.code(), e);
        }
    }

    /** Chrome converts U-labels to A-labels before TLS; a name that cannot be converted is -4. */
    private static String aLabels(String hostname) throws Failure {
        try {
            return IDN.toASCII(hostname).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new Failure(NetError.INVALID_ARGUMENT.code(), e);
        }
    }

    /**
     * SNI for a host name. JSSE refuses some names Chrome would send (one with an underscore, say);
     * those go without SNI and are still verified against the certificate.
     */
    private static List<SNIServerName> sniFor(String name) {
        try {
            return List.of(new SNIHostName(name));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    /**
     * The protocol versions between the bounds, among those the platform enables (its policy,
     * {@code jdk.tls.disabledAlgorithms}, rules out SSLv3, TLS 1.0 and 1.1 by default). An absent
     * or unknown bound keeps the platform's default; an empty range is -112 before any byte is
     * sent.
     */
    static List<String> protocols(List<String> enabled, SecureOptions options) throws Failure {
        int defaultMin = enabled.stream().mapToInt(ORDER::indexOf).filter(i -> i >= 0).min().orElse(0);
        int defaultMax = enabled.stream().mapToInt(ORDER::indexOf).max().orElse(ORDER.size() - 1);
        TLSVersionConstraints bounds = options == null ? null : options.tlsVersion();
        int min = bound(bounds == null ? null : bounds.min(), defaultMin);
        int max = bound(bounds == null ? null : bounds.max(), defaultMax);
        List<String> range = min > max ? List.of() : ORDER.subList(min, max + 1).stream()
                .filter(enabled::contains).toList();
        if (range.isEmpty()) {
            throw new Failure(NetError.NO_SSL_VERSIONS_ENABLED.code(), null);
        }
        return range;
    }

    private static int bound(String chromeName, int fallback) {
        String javaName = chromeName == null ? null : CHROME_NAMES.get(chromeName);
        return javaName == null ? fallback : ORDER.indexOf(javaName);
    }
}
