package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;

import javax.net.ssl.SSLException;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXReason;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a failed handshake to Chrome's net error (contract §5.21, §9), following Chromium's own
 * mapping of BoringSSL errors ({@code net/ssl/openssl_ssl_util.cc}) as far as JSSE lets us see:
 * <ol>
 *   <li>certificate verdicts, from the exception types of the PKIX trust manager: expired and
 *       not-yet-valid are {@link CertPathValidatorException} reasons (or the
 *       {@link CertificateExpiredException} types), an unknown issuer is a
 *       {@link CertPathBuilderException}. Only the host name check has no type of its own (JSSE
 *       throws a plain {@link CertificateException}), so its wording decides;</li>
 *   <li>alerts: JSSE has no API for alert codes, but every alert exception names the alert with
 *       its RFC name, "Received fatal alert: protocol_version" for the server's and
 *       "(protocol_version) ..." for JSSE's own (JDK 21+); those names are the protocol's, not
 *       prose, so matching them is safe;</li>
 *   <li>transport errors (reset, closed) are socket errors like any other;</li>
 *   <li>anything else is {@code -107 SSL_PROTOCOL_ERROR}, as in Chrome.</li>
 * </ol>
 * Two verdicts need no mapping because {@link TlsHandshake} decides them itself: a
 * CertificateRequest (-110) and an empty version range (-112).
 */
final class TlsErrors {

    private static final Pattern RECEIVED_ALERT = Pattern.compile("Received fatal alert: (\\w+)");
    private static final Pattern OWN_ALERT = Pattern.compile("^\\((\\w+)\\)");

    /** Chromium's MapOpenSSLErrorSSL for alerts received from the server. */
    private static final Map<String, NetError> SERVER_ALERTS = Map.ofEntries(
            Map.entry("protocol_version", NetError.SSL_VERSION_OR_CIPHER_MISMATCH),
            Map.entry("insufficient_security", NetError.SSL_VERSION_OR_CIPHER_MISMATCH),
            Map.entry("bad_certificate", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("unsupported_certificate", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("certificate_revoked", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("certificate_expired", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("certificate_unknown", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("access_denied", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("unknown_ca", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("certificate_required", NetError.BAD_SSL_CLIENT_AUTH_CERT),
            Map.entry("decrypt_error", NetError.SSL_DECRYPT_ERROR_ALERT),
            Map.entry("unrecognized_name", NetError.SSL_UNRECOGNIZED_NAME_ALERT));

    private TlsErrors() {
    }

    /**
     * @param answerToClientHello whether the server had not answered anything yet: a
     *                            handshake_failure alert then means "no common cipher" (-113),
     *                            later it is a plain protocol error (-107), as in Chrome
     */
    static int map(Throwable error, boolean answerToClientHello) {
        if (!(error instanceof SSLException)) {
            return NetErrors.map(error);
        }
        Integer certificate = certificateVerdict(error);
        if (certificate != null) {
            return certificate;
        }
        String message = error.getMessage() == null ? "" : error.getMessage();
        Matcher received = RECEIVED_ALERT.matcher(message);
        if (received.find()) {
            return serverAlert(received.group(1), answerToClientHello);
        }
        Matcher own = OWN_ALERT.matcher(message);
        if (own.find() && isVersionOrCipherMismatch(own.group(1))) {
            // JSSE refused the server's choice (SSL_R_UNSUPPORTED_PROTOCOL, NO_SHARED_CIPHER in Chrome)
            return NetError.SSL_VERSION_OR_CIPHER_MISMATCH.code();
        }
        return NetError.SSL_PROTOCOL_ERROR.code();
    }

    /**
     * The server side (the setServerTls extension; Chrome has no TLS server): the client's
     * certificate judged by our trust is a certificate verdict as above (-202 unknown issuer, -201
     * expired ...); a required certificate the client did not send (JSSE's own bad_certificate or
     * certificate_required alert) is -117 BAD_SSL_CLIENT_AUTH_CERT, the code Chrome gives when a
     * server refuses a client certificate; the rest as on the client side, where a ClientHello
     * that is no TLS at all is -107.
     */
    static int mapServerSide(Throwable error) {
        if (error instanceof SSLException && certificateVerdict(error) == null) {
            Matcher own = OWN_ALERT.matcher(error.getMessage() == null ? "" : error.getMessage());
            if (own.find() && CLIENT_CERTIFICATE_MISSING.contains(own.group(1))) {
                return NetError.BAD_SSL_CLIENT_AUTH_CERT.code();
            }
        }
        return map(error, false);
    }

    private static final java.util.Set<String> CLIENT_CERTIFICATE_MISSING = java.util.Set.of(
            "bad_certificate", "certificate_required");

    private static int serverAlert(String alert, boolean answerToClientHello) {
        if ("handshake_failure".equals(alert)) {
            return answerToClientHello ? NetError.SSL_VERSION_OR_CIPHER_MISMATCH.code()
                    : NetError.SSL_PROTOCOL_ERROR.code();
        }
        return SERVER_ALERTS.getOrDefault(alert, NetError.SSL_PROTOCOL_ERROR).code();
    }

    private static boolean isVersionOrCipherMismatch(String alert) {
        return "protocol_version".equals(alert) || "insufficient_security".equals(alert)
                || "handshake_failure".equals(alert);
    }

    /** The trust manager's verdict on the server certificate, or null when it did not object. */
    private static Integer certificateVerdict(Throwable error) {
        Integer typed = firstInChain(error, TlsErrors::typedCertificateError);
        if (typed != null) {
            return typed;
        }
        return firstInChain(error, t -> t instanceof CertificateException rejected
                ? (isNameMismatch(rejected) ? NetError.CERT_COMMON_NAME_INVALID : NetError.CERT_AUTHORITY_INVALID).code()
                : null);
    }

    private static Integer typedCertificateError(Throwable t) {
        if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
            return NetError.CERT_DATE_INVALID.code();
        }
        if (t instanceof CertificateParsingException) {
            return NetError.CERT_CONTAINS_ERRORS.code();
        }
        if (t instanceof CertPathBuilderException) {
            return NetError.CERT_AUTHORITY_INVALID.code();
        }
        if (t instanceof CertPathValidatorException validation) {
            CertPathValidatorException.Reason reason = validation.getReason();
            if (reason == BasicReason.EXPIRED || reason == BasicReason.NOT_YET_VALID) {
                return NetError.CERT_DATE_INVALID.code();
            }
            if (reason == BasicReason.REVOKED) {
                return NetError.CERT_REVOKED.code();
            }
            if (reason == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                return NetError.CERT_UNABLE_TO_CHECK_REVOCATION.code();
            }
            if (reason == BasicReason.ALGORITHM_CONSTRAINED) {
                return NetError.CERT_WEAK_SIGNATURE_ALGORITHM.code();
            }
            if (reason == PKIXReason.NO_TRUST_ANCHOR) {
                return NetError.CERT_AUTHORITY_INVALID.code();
            }
            if (reason == PKIXReason.NAME_CHAINING || reason == BasicReason.INVALID_SIGNATURE) {
                return NetError.CERT_AUTHORITY_INVALID.code();
            }
            return NetError.CERT_INVALID.code();
        }
        return null;
    }

    /**
     * JSSE's host name check (sun.security.util.HostnameChecker) says "No name matching x found",
     * "No subject alternative DNS name matching x found" or "No subject alternative names ..." and
     * has said so since Java 6; it has no exception type of its own.
     */
    private static boolean isNameMismatch(CertificateException rejected) {
        String message = rejected.getMessage() == null ? "" : rejected.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("no name matching") || message.contains("no subject alternative");
    }

    private static Integer firstInChain(Throwable error, Function<Throwable, Integer> verdict) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Integer code = verdict.apply(t);
            if (code != null) {
                return code;
            }
        }
        return null;
    }
}
