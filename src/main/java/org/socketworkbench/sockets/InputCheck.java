package org.socketworkbench.sockets;

import java.util.Optional;

/**
 * Checks what a user typed into the socket forms, with a message they understand. Each method
 * returns the problem, or empty when the value is fine.
 */
public final class InputCheck {

    private InputCheck() {
    }

    public static Optional<String> port(String text) {
        return integer(text, 0, 65535, "Port");
    }

    public static Optional<String> ttl(String text) {
        return integer(text, 0, 255, "TTL");
    }

    public static Optional<String> bufferSize(String text) {
        return integer(text, 1, 64 * 1024 * 1024, "Buffer size");
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
            return Optional.of("Host is required");
        }
        if (host.length() > 253) {
            return Optional.of("Host is longer than 253 characters");
        }
        for (int i = 0; i < host.length(); i++) {
            char c = host.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == ':' || c == '%' || c == '_')) {
                return Optional.of("Host contains '" + c + "'; use a name like example.org or an address like 127.0.0.1");
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
            return Optional.of("Address must be an IP address such as 0.0.0.0, 127.0.0.1 or ::");
        }
    }

    /** A multicast group address. */
    public static Optional<String> multicastGroup(String text) {
        Optional<String> literal = ipLiteral(text);
        if (literal.isPresent()) {
            return Optional.of("Group must be an IP address such as 239.1.2.3 or ff02::1234");
        }
        return java.net.InetAddress.ofLiteral(text.strip()).isMulticastAddress() ? Optional.empty()
                : Optional.of("Group must be a multicast address (224.0.0.0/4 or ff00::/8)");
    }

    private static Optional<String> integer(String text, long min, long max, String what) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return Optional.of(what + " is required");
        }
        try {
            long n = Long.parseLong(value);
            if (n < min || n > max) {
                return Optional.of(what + " must be between " + min + " and " + max);
            }
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of(what + " must be a whole number");
        }
    }
}
