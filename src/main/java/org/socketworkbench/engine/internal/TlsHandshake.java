package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.TLSVersionConstraints;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.IDN;
import java.net.InetAddress;
import java.nio.channels.SocketChannel;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Upgrades a connected TCP channel to TLS as Chrome's {@code secure()} does: the platform's
 * trust store (or the engine's configured context), host name verification against the name
 * given to {@code connect()}, SNI for names, and the tlsVersion bounds mapped to protocol versions.
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

    static TlsSession run(SSLContext context, SocketChannel channel, String hostname, int port,
                          SecureOptions options) throws Failure {
        SSLSocket socket = null;
        try {
            socket = (SSLSocket) context.getSocketFactory().createSocket(channel.socket(), hostname, port, true);
            socket.setUseClientMode(true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(hostname)) {
                parameters.setServerNames(List.of(new SNIHostName(IDN.toASCII(hostname))));
            }
            parameters.setProtocols(protocols(socket, options).toArray(String[]::new));
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return TlsSession.of(socket);
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket, channel);
            throw new Failure(TlsErrors.map(e), e);
        }
    }

    /** The protocol versions between the bounds; defaults are the platform's enabled range. */
    static List<String> protocols(SSLSocket socket, SecureOptions options) throws Failure {
        List<String> enabled = Arrays.asList(socket.getEnabledProtocols());
        List<String> supported = Arrays.asList(socket.getSupportedProtocols());
        int defaultMin = enabled.stream().mapToInt(ORDER::indexOf).filter(i -> i >= 0).min().orElse(0);
        int defaultMax = enabled.stream().mapToInt(ORDER::indexOf).max().orElse(ORDER.size() - 1);
        TLSVersionConstraints bounds = options == null ? null : options.tlsVersion();
        int min = bound(bounds == null ? null : bounds.min(), defaultMin);
        int max = bound(bounds == null ? null : bounds.max(), defaultMax);
        List<String> range = ORDER.subList(Math.min(min, max + 1), max + 1).stream()
                .filter(supported::contains).toList();
        if (min > max || range.isEmpty()) {
            throw new Failure(NetError.NO_SSL_VERSIONS_ENABLED.code(), null);
        }
        return range;
    }

    private static int bound(String chromeName, int fallback) {
        if (chromeName == null) {
            return fallback;
        }
        String javaName = CHROME_NAMES.get(chromeName.toLowerCase(Locale.ROOT));
        return javaName == null ? fallback : ORDER.indexOf(javaName);
    }

    private static boolean isIpLiteral(String host) {
        try {
            InetAddress.ofLiteral(host);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void closeQuietly(SSLSocket socket, SocketChannel channel) {
        try {
            channel.close();
            if (socket != null) {
                socket.close();
            }
        } catch (IOException ignored) {
            // the handshake already failed; its error is what the caller reports
        }
    }
}
