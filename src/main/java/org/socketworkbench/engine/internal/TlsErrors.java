package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;

import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.util.Locale;

/** Maps JSSE handshake failures to Chrome's net errors (contract §5.21 and §9). */
final class TlsErrors {

    private TlsErrors() {
    }

    static int map(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            Integer certificate = certificateError(t);
            if (certificate != null) {
                return certificate;
            }
        }
        for (Throwable t = error; t != null; t = t.getCause()) {
            Integer alert = messageError(lower(t.getMessage()));
            if (alert != null) {
                return alert;
            }
        }
        return NetError.SSL_PROTOCOL_ERROR.code();
    }

    private static Integer certificateError(Throwable t) {
        if (t instanceof CertificateExpiredException || t instanceof CertificateNotYetValidException) {
            return NetError.CERT_DATE_INVALID.code();
        }
        if (t instanceof CertPathValidatorException validation) {
            var reason = validation.getReason();
            if (reason == CertPathValidatorException.BasicReason.EXPIRED
                    || reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
                return NetError.CERT_DATE_INVALID.code();
            }
            if (reason == CertPathValidatorException.BasicReason.REVOKED) {
                return NetError.CERT_REVOKED.code();
            }
            if (reason == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
                return NetError.CERT_UNABLE_TO_CHECK_REVOCATION.code();
            }
            if (reason == CertPathValidatorException.BasicReason.ALGORITHM_CONSTRAINED) {
                return NetError.CERT_WEAK_SIGNATURE_ALGORITHM.code();
            }
        }
        if (t instanceof CertPathBuilderException) {
            return NetError.CERT_AUTHORITY_INVALID.code();
        }
        String message = lower(t.getMessage());
        if (message.contains("no name matching") || message.contains("no subject alternative")) {
            return NetError.CERT_COMMON_NAME_INVALID.code();
        }
        if (message.contains("unable to find valid certification path")) {
            return NetError.CERT_AUTHORITY_INVALID.code();
        }
        return null;
    }

    private static Integer messageError(String message) {
        if (message.contains("protocol_version") || message.contains("no appropriate protocol")
                || message.contains("handshake_failure") || message.contains("no cipher suites in common")
                || message.contains("insufficient_security") || message.contains("not enabled or supported")) {
            return NetError.SSL_VERSION_OR_CIPHER_MISMATCH.code();
        }
        if (message.contains("certificate_required") || message.contains("bad_certificate")) {
            return NetError.SSL_CLIENT_AUTH_CERT_NEEDED.code();
        }
        if (message.contains("unrecognized_name")) {
            return NetError.SSL_UNRECOGNIZED_NAME_ALERT.code();
        }
        if (message.contains("decrypt_error")) {
            return NetError.SSL_DECRYPT_ERROR_ALERT.code();
        }
        return null;
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
