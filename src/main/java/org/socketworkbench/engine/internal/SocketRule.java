package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketOperation;

import java.util.Objects;

/**
 * One parsed socket permission rule (Chromium's {@code SocketPermissionEntry}) and the one place
 * where a request is matched against a rule (contract §3.3). Shared by chrome.socket's
 * {@code "socket"} rules and the successor API's {@code "sockets"} patterns.
 *
 * @param operation the operation the rule grants
 * @param host the lower-cased host; with {@code matchesSubdomains} the domain without its
 *        {@code *.} prefix, empty meaning any host
 * @param matchesSubdomains whether the rule also grants every subdomain of {@code host}
 * @param port the port, or {@link #ANY_PORT}
 */
public record SocketRule(SocketOperation operation, String host, boolean matchesSubdomains, int port) {

    /** The port value of a wildcard port; a request for port 0 therefore matches only a wildcard. */
    public static final int ANY_PORT = 0;

    public SocketRule {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(host, "host");
    }

    /** The rule that grants {@code operation} for every host and port. */
    public static SocketRule anyHostAnyPort(SocketOperation operation) {
        return new SocketRule(operation, "", true, ANY_PORT);
    }

    /**
     * Whether this rule grants the request. The host is the literal string the app passed,
     * compared after ASCII lower-casing only (no DNS, no address canonicalisation).
     */
    public boolean matches(SocketOperation requestOperation, String requestHost, int requestPort) {
        return operation == requestOperation
                && hostMatches(Ascii.toLowerCase(requestHost))
                && (port == ANY_PORT || port == requestPort);
    }

    private boolean hostMatches(String requestHost) {
        if (host.equals(requestHost)) {
            return true;
        }
        if (!matchesSubdomains) {
            return false;
        }
        if (host.isEmpty()) {
            return true;
        }
        if (IpLiteral.isIpLiteral(requestHost)) {
            return false;
        }
        int domainStart = requestHost.length() - host.length();
        return domainStart >= 2 && requestHost.endsWith(host) && requestHost.charAt(domainStart - 1) == '.';
    }

    /** Whether the rule grants its operation for every host and every port. */
    public boolean coversAnyHostAndPort() {
        return matchesSubdomains && host.isEmpty() && port == ANY_PORT;
    }

    /**
     * The display form Chrome prints: {@code op:host:port} with {@code *} for wildcards
     * ({@code tcp-connect:*.example.com:*}), or the bare op name for non-address-bound operations.
     */
    public String canonical() {
        if (!operation.isAddressBound()) {
            return operation.manifestName();
        }
        String hostPart = matchesSubdomains ? (host.isEmpty() ? "*" : "*." + host) : host;
        String portPart = port == ANY_PORT ? "*" : Integer.toString(port);
        return operation.manifestName() + ":" + hostPart + ":" + portPart;
    }
}
