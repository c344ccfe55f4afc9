package org.socketworkbench.engine.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketworkbench.engine.NetError;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import java.net.SocketException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertificateException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The JSSE-to-Chrome error mapping for what the end-to-end tests cannot provoke with a JSSE
 * server: alerts other servers send, revocation, custom trust managers, transport errors. The
 * texts are the ones JSSE (JDK 25) produces.
 */
class TlsErrorsTest {

    @ParameterizedTest(name = "server alert {0} -> {1}")
    @CsvSource({
            "protocol_version, SSL_VERSION_OR_CIPHER_MISMATCH",
            "insufficient_security, SSL_VERSION_OR_CIPHER_MISMATCH",
            "certificate_required, BAD_SSL_CLIENT_AUTH_CERT",
            "bad_certificate, BAD_SSL_CLIENT_AUTH_CERT",
            "unknown_ca, BAD_SSL_CLIENT_AUTH_CERT",
            "access_denied, BAD_SSL_CLIENT_AUTH_CERT",
            "decrypt_error, SSL_DECRYPT_ERROR_ALERT",
            "unrecognized_name, SSL_UNRECOGNIZED_NAME_ALERT",
            "illegal_parameter, SSL_PROTOCOL_ERROR",
            "internal_error, SSL_PROTOCOL_ERROR"})
    void alertsFromTheServerAreMappedAsChromiumMapsBoringSslErrors(String alert, NetError expected) {
        SSLHandshakeException received = new SSLHandshakeException("(" + alert + ") Received fatal alert: " + alert);

        assertEquals(expected.code(), TlsErrors.map(received, false));
    }

    @Test
    void handshakeFailureIsAVersionOrCipherMismatchOnlyAsTheAnswerToTheClientHello() {
        SSLHandshakeException alert = new SSLHandshakeException("(handshake_failure) Received fatal alert: handshake_failure");

        assertEquals(NetError.SSL_VERSION_OR_CIPHER_MISMATCH.code(), TlsErrors.map(alert, true));
        assertEquals(NetError.SSL_PROTOCOL_ERROR.code(), TlsErrors.map(alert, false));
    }

    @Test
    void jsseRefusingTheServersVersionChoiceIsAMismatch() {
        SSLHandshakeException own = new SSLHandshakeException(
                "(protocol_version) The server selected protocol version TLS10 is not accepted by client preferences [TLS13]");

        assertEquals(NetError.SSL_VERSION_OR_CIPHER_MISMATCH.code(), TlsErrors.map(own, false));
    }

    @Test
    void certificateVerdictsComeFromTheCauseChain() {
        assertEquals(NetError.CERT_REVOKED.code(), TlsErrors.map(rejected(
                new CertPathValidatorException("revoked", null, null, -1, BasicReason.REVOKED)), false));
        assertEquals(NetError.CERT_UNABLE_TO_CHECK_REVOCATION.code(), TlsErrors.map(rejected(
                new CertPathValidatorException("unknown", null, null, -1, BasicReason.UNDETERMINED_REVOCATION_STATUS)), false));
        assertEquals(NetError.CERT_WEAK_SIGNATURE_ALGORITHM.code(), TlsErrors.map(rejected(
                new CertPathValidatorException("sha1", null, null, -1, BasicReason.ALGORITHM_CONSTRAINED)), false));
        assertEquals(NetError.CERT_DATE_INVALID.code(), TlsErrors.map(rejected(
                new CertPathValidatorException("validity check failed", null, null, -1, BasicReason.EXPIRED)), false));
    }

    @Test
    void theHostNameCheckIsRecognisedByJssesWordingAndAnyOtherRejectionIsAnUnknownAuthority() {
        assertEquals(NetError.CERT_COMMON_NAME_INVALID.code(),
                TlsErrors.map(rejected(new CertificateException("No name matching example.org found")), false));
        assertEquals(NetError.CERT_COMMON_NAME_INVALID.code(), TlsErrors.map(rejected(
                new CertificateException("No subject alternative names matching IP address 10.0.0.1 found")), false));
        assertEquals(NetError.CERT_AUTHORITY_INVALID.code(),
                TlsErrors.map(rejected(new CertificateException("pinned key does not match")), false));
    }

    @Test
    void transportErrorsAreSocketErrorsAndTheRestIsAProtocolError() {
        assertEquals(NetError.CONNECTION_RESET.code(), TlsErrors.map(new SocketException("Connection reset"), false));
        assertEquals(NetError.SSL_PROTOCOL_ERROR.code(),
                TlsErrors.map(new SSLException("Unsupported or unrecognized SSL message"), true));
    }

    private static SSLHandshakeException rejected(Exception cause) {
        SSLHandshakeException handshake = new SSLHandshakeException("(certificate_unknown) " + cause.getMessage());
        handshake.initCause(new CertificateException(cause.getMessage(), cause));
        return handshake;
    }
}
