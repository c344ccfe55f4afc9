package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketOperation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The socket rule grammar of contract §3.2 (Chromium's {@code SocketPermissionData::Parse} and
 * {@code SocketPermissionEntry::ParseHostPattern}), for whole rules ({@code "udp-send-to::8800"})
 * and for the successor API's bare {@code host:port} patterns. An invalid rule yields an empty
 * result; callers decide whether that is a warning or an error.
 *
 * <p>Two details follow Chrome rather than the contract's shorthand: dot-separated host labels are
 * trimmed of ASCII whitespace ({@code "www .example.com"} means {@code www.example.com}; only
 * whitespace at either end of the whole host is invalid), and the port may carry a leading
 * {@code +} ({@code "+80"} is port 80), because Chrome parses it with {@code base::StringToInt}.
 */
public final class SocketRuleParser {

    private static final int MAX_PORT = 65535;

    private SocketRuleParser() {
    }

    /** Parses a whole rule, {@code op[:host[:port]]}. */
    public static Optional<SocketRule> parseRule(String rule) {
        List<String> pieces = splitOnColons(rule);
        if (pieces.isEmpty()) {
            return Optional.empty();
        }
        return SocketOperation.fromManifestName(pieces.getFirst())
                .flatMap(operation -> parseHostAndPort(operation, pieces.subList(1, pieces.size())));
    }

    /** Parses a {@code host:port} pattern for {@code operation}; {@code ""} means any host, any port. */
    public static Optional<SocketRule> parseHostPattern(SocketOperation operation, String pattern) {
        return parseHostAndPort(operation, splitOnColons(pattern));
    }

    /** Chrome's split: every piece kept, even empty ones, but an empty string has no pieces. */
    private static List<String> splitOnColons(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(":", -1));
    }

    private static Optional<SocketRule> parseHostAndPort(SocketOperation operation, List<String> pieces) {
        if (pieces.size() > 2) {
            return Optional.empty();
        }
        if (pieces.isEmpty()) {
            return Optional.of(SocketRule.anyHostAnyPort(operation));
        }
        if (!operation.isAddressBound()) {
            return Optional.empty();
        }
        String portPiece = pieces.size() == 2 ? pieces.get(1) : "";
        Optional<Integer> port = parsePort(portPiece);
        if (port.isEmpty()) {
            return Optional.empty();
        }
        String hostPiece = pieces.getFirst();
        if (hostPiece.isEmpty()) {
            return Optional.of(new SocketRule(operation, "", true, port.get()));
        }
        if (Ascii.startsOrEndsWithWhitespace(hostPiece)) {
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        for (String label : Ascii.toLowerCase(hostPiece).split("\\.", -1)) {
            labels.add(Ascii.trimWhitespace(label));
        }
        String first = labels.getFirst();
        boolean matchesSubdomains = first.equals("*") || first.isEmpty();
        if (matchesSubdomains) {
            labels.removeFirst();
        }
        return Optional.of(new SocketRule(operation, String.join(".", labels), matchesSubdomains, port.get()));
    }

    /** The port of a port piece: empty or {@code *} is any port, else 1..65535 (optional {@code +}). */
    private static Optional<Integer> parsePort(String piece) {
        if (piece.isEmpty() || piece.equals("*")) {
            return Optional.of(SocketRule.ANY_PORT);
        }
        String digits = piece.startsWith("+") ? piece.substring(1) : piece;
        if (digits.isEmpty()) {
            return Optional.empty();
        }
        int port = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            port = port * 10 + (c - '0');
            if (port > MAX_PORT) {
                return Optional.empty();
            }
        }
        return port >= 1 ? Optional.of(port) : Optional.empty();
    }
}
