package org.socketworkbench.sockets;

import org.socketworkbench.i18n.Texts;

import java.util.Optional;

/**
 * Checks what a user typed into the socket forms, with a message they understand. Each method
 * returns the problem, or empty when the value is fine.
 */
public final class InputCheck {

    private InputCheck() {
    }

    public static Optional<String> port(String text) {
        return integer(text, 0, 65535, Texts.get("sockets.check.port"));
    }

    public static Optional<String> ttl(String text) {
        return integer(text, 0, 255, "TTL");
    }

    public static Optional<String> bufferSize(String text) {
        return integer(text, 1, 64 * 1024 * 1024, Texts.get("sockets.check.bufferSize"));
    }

    public static Optional<String> positive(String text, String what, int max) {
        return integer(text, 1, max, what);
    }

    public static Optional<String> nonNegative(String text, String what, int max) {
        return integer(text, 0, max, what);
    }

    /** A whole number from {@code min} to {@code max}, e.g. a counter's start (which may be negative). */
    public static Optional<String> between(String text, String what, long min, long max) {
        return integer(text, min, max, what);
    }

    /** A host name or IP literal: letters, digits, '-', '.', ':' for IPv6, '%' for a zone. */
    public static Optional<String> host(String text) {
        String host = text == null ? "" : text.strip();
        if (host.isEmpty()) {
            return Optional.of(Texts.get("sockets.check.host.required"));
        }
        if (host.length() > 253) {
            return Optional.of(Texts.get("sockets.check.host.tooLong"));
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ':' || c == '%' || c == '_')) {
                return Optional.of(Texts.get("sockets.check.host.character", c));
            }
        }
        return Optional.empty();
    }

    /** An IP literal (bind and listen take no host names, as in Chrome). */
    public static Optional<String> ipLiteral(String text) {
        String value = text == null ? "" : text.strip();
        try {
            java.net.InetAddress.ofLiteral(value);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(Texts.get("sockets.check.ipLiteral"));
        }
    }

    /** A multicast group address. */
    public static Optional<String> multicastGroup(String text) {
        Optional<String> literal = ipLiteral(text);
        if (literal.isPresent()) {
            return Optional.of(Texts.get("sockets.check.group.literal"));
        }
        return java.net.InetAddress.ofLiteral(text.strip()).isMulticastAddress() ? Optional.empty()
                : Optional.of(Texts.get("sockets.check.group.multicast"));
    }

    private static Optional<String> integer(String text, long min, long max, String what) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.of(Texts.get("sockets.check.required", what));
        }
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                return Optional.of(Texts.get("sockets.check.range", what, min, max));
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(Texts.get("sockets.check.integer", what));
        }
    }
}
