package org.socketworkbench.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Chromium's net error codes that chrome.socket can surface ({@code net/base/net_error_list.h}),
 * with the {@code net::ERR_*} text Chrome uses as lastError and a plain-words description.
 */
public enum NetError {
    OK(0, "OK", "Success"),
    IO_PENDING(-1, "IO_PENDING", "An operation of this kind is already pending"),
    FAILED(-2, "FAILED", "The operation failed"),
    ABORTED(-3, "ABORTED", "The operation was aborted"),
    INVALID_ARGUMENT(-4, "INVALID_ARGUMENT", "An argument is invalid"),
    INVALID_HANDLE(-5, "INVALID_HANDLE", "The socket handle is invalid"),
    TIMED_OUT(-7, "TIMED_OUT", "The operation timed out"),
    ACCESS_DENIED(-10, "ACCESS_DENIED", "Access was denied (privileged port or firewall)"),
    NOT_IMPLEMENTED(-11, "NOT_IMPLEMENTED", "Not supported on this socket"),
    INSUFFICIENT_RESOURCES(-12, "INSUFFICIENT_RESOURCES", "The system ran out of sockets or file descriptors"),
    OUT_OF_MEMORY(-13, "OUT_OF_MEMORY", "The system ran out of buffer space"),
    SOCKET_NOT_CONNECTED(-15, "SOCKET_NOT_CONNECTED", "The socket is not connected"),
    NETWORK_CHANGED(-21, "NETWORK_CHANGED", "The network changed"),
    SOCKET_IS_CONNECTED(-23, "SOCKET_IS_CONNECTED", "The socket is already bound or connected"),
    CONNECTION_CLOSED(-100, "CONNECTION_CLOSED", "The connection was closed"),
    CONNECTION_RESET(-101, "CONNECTION_RESET", "The connection was reset by the peer"),
    CONNECTION_REFUSED(-102, "CONNECTION_REFUSED", "The connection was refused: nothing listens there"),
    CONNECTION_ABORTED(-103, "CONNECTION_ABORTED", "The connection was aborted"),
    CONNECTION_FAILED(-104, "CONNECTION_FAILED", "The connection attempt failed"),
    NAME_NOT_RESOLVED(-105, "NAME_NOT_RESOLVED", "The host name could not be resolved"),
    INTERNET_DISCONNECTED(-106, "INTERNET_DISCONNECTED", "The network is down"),
    SSL_PROTOCOL_ERROR(-107, "SSL_PROTOCOL_ERROR", "The TLS handshake failed"),
    ADDRESS_INVALID(-108, "ADDRESS_INVALID", "The address is invalid or not on this host"),
    ADDRESS_UNREACHABLE(-109, "ADDRESS_UNREACHABLE", "The address is unreachable"),
    SSL_CLIENT_AUTH_CERT_NEEDED(-110, "SSL_CLIENT_AUTH_CERT_NEEDED", "The server asked for a client certificate"),
    NO_SSL_VERSIONS_ENABLED(-112, "NO_SSL_VERSIONS_ENABLED", "No TLS version is enabled"),
    SSL_VERSION_OR_CIPHER_MISMATCH(-113, "SSL_VERSION_OR_CIPHER_MISMATCH", "Client and server share no TLS version or cipher"),
    BAD_SSL_CLIENT_AUTH_CERT(-117, "BAD_SSL_CLIENT_AUTH_CERT", "The server rejected the client certificate"),
    CONNECTION_TIMED_OUT(-118, "CONNECTION_TIMED_OUT", "The connection attempt timed out"),
    NAME_RESOLUTION_FAILED(-137, "NAME_RESOLUTION_FAILED", "The resolver failed"),
    NETWORK_ACCESS_DENIED(-138, "NETWORK_ACCESS_DENIED", "Network access was denied (firewall)"),
    MSG_TOO_BIG(-142, "MSG_TOO_BIG", "The datagram is too large"),
    ADDRESS_IN_USE(-147, "ADDRESS_IN_USE", "The address is already in use"),
    SSL_PINNED_KEY_NOT_IN_CERT_CHAIN(-150, "SSL_PINNED_KEY_NOT_IN_CERT_CHAIN", "A pinned key is missing from the certificate chain"),
    SSL_DECRYPT_ERROR_ALERT(-153, "SSL_DECRYPT_ERROR_ALERT", "The peer sent a decrypt-error alert"),
    SSL_UNRECOGNIZED_NAME_ALERT(-159, "SSL_UNRECOGNIZED_NAME_ALERT", "The server does not recognise the host name"),
    ICANN_NAME_COLLISION(-166, "ICANN_NAME_COLLISION", "The resolver returned a name-collision address"),
    CERT_COMMON_NAME_INVALID(-200, "CERT_COMMON_NAME_INVALID", "The certificate is for another host name"),
    CERT_DATE_INVALID(-201, "CERT_DATE_INVALID", "The certificate has expired or is not yet valid"),
    CERT_AUTHORITY_INVALID(-202, "CERT_AUTHORITY_INVALID", "The certificate is not signed by a trusted authority"),
    CERT_CONTAINS_ERRORS(-203, "CERT_CONTAINS_ERRORS", "The certificate is malformed"),
    CERT_NO_REVOCATION_MECHANISM(-204, "CERT_NO_REVOCATION_MECHANISM", "The certificate has no revocation mechanism"),
    CERT_UNABLE_TO_CHECK_REVOCATION(-205, "CERT_UNABLE_TO_CHECK_REVOCATION", "The certificate's revocation could not be checked"),
    CERT_REVOKED(-206, "CERT_REVOKED", "The certificate has been revoked"),
    CERT_INVALID(-207, "CERT_INVALID", "The certificate is invalid"),
    CERT_WEAK_SIGNATURE_ALGORITHM(-208, "CERT_WEAK_SIGNATURE_ALGORITHM", "The certificate uses a weak signature algorithm"),
    CERT_NON_UNIQUE_NAME(-210, "CERT_NON_UNIQUE_NAME", "The certificate names a non-unique host"),
    CERT_WEAK_KEY(-211, "CERT_WEAK_KEY", "The certificate has a weak key"),
    CERT_NAME_CONSTRAINT_VIOLATION(-212, "CERT_NAME_CONSTRAINT_VIOLATION", "The certificate violates a name constraint"),
    CERT_VALIDITY_TOO_LONG(-213, "CERT_VALIDITY_TOO_LONG", "The certificate is valid for too long");

    private static final Map<Integer, NetError> BY_CODE = new HashMap<>();

    static {
        for (NetError e : values()) {
            BY_CODE.put(e.code, e);
        }
    }

    private final int code;
    private final String shortName;
    private final String description;

    NetError(int code, String shortName, String description) {
        this.code = code;
        this.shortName = shortName;
        this.description = description;
    }

    public int code() {
        return code;
    }

    /** {@code ERR_CONNECTION_REFUSED} ({@code OK} for 0). */
    public String errorName() {
        return code == 0 ? "OK" : "ERR_" + shortName;
    }

    /** What Chrome puts in lastError for net errors: {@code net::ERR_CONNECTION_REFUSED}. */
    public String lastErrorText() {
        return "net::" + errorName();
    }

    /** The error in plain words. */
    public String description() {
        return description;
    }

    public static Optional<NetError> of(int code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** {@code -102 ERR_CONNECTION_REFUSED}, or just the number when the code is unknown. */
    public static String describe(int code) {
        return of(code).map(e -> code + " " + e.errorName()).orElse(Integer.toString(code));
    }

    /** {@code net::ERR_...} for a code, {@code net::ERR_FAILED}-style fallback for unknown codes. */
    public static String lastErrorText(int code) {
        return of(code).map(NetError::lastErrorText).orElse("net::ERR_FAILED");
    }
}
