package org.socketworkbench.engine.internal;

import java.net.Inet6Address;

/**
 * Decides whether a host string is an IP address literal the way Chromium's
 * {@code url::CanonicalizeIPAddress} does, which is what the socket permission check uses to
 * keep subdomain rules from matching part of an address (contract §3.3).
 *
 * <p>IPv4 follows the URL standard's number parser: one to four dot-separated parts, each decimal,
 * octal (leading {@code 0}) or hexadecimal ({@code 0x}), the last part filling the remaining
 * bytes, one trailing dot allowed; so {@code 127.1}, {@code 0x7f.0.0.1} and {@code 2130706433}
 * are all addresses, while {@code 1.2.3.999} (out of range) and {@code 1.2.3.08} (bad octal) are
 * not. IPv6 counts only in brackets ({@code [::1]}), as in a URL; a bare {@code ::1} is not an
 * IPv6 literal for this check. Approximation: the bracketed form is validated by Java's IPv6
 * parser, which rejects a few exotic embedded-IPv4 spellings ({@code [::0x7f.0.0.1]}) that
 * Chromium accepts; zones ({@code %eth0}) are rejected, as in Chromium.
 */
public final class IpLiteral {

    private static final long MAX_IPV4 = 0xFFFF_FFFFL;

    private IpLiteral() {
    }

    /** Whether {@code host} is an IPv4 literal or a bracketed IPv6 literal. */
    public static boolean isIpLiteral(String host) {
        return isIpv4(host) || isBracketedIpv6(host);
    }

    static boolean isIpv4(String host) {
        String withoutDot = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        if (withoutDot.isEmpty()) {
            return false;
        }
        String[] parts = withoutDot.split("\\.", -1);
        if (parts.length > 4) {
            return false;
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = partValue(parts[i]);
            if (values[i] < 0) {
                return false;
            }
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xFF) {
                return false;
            }
        }
        int bytesLeftForLastPart = 5 - parts.length;
        return values[parts.length - 1] < (1L << (8 * bytesLeftForLastPart));
    }

    /** The part's number, or -1 when it is empty, not a number in its base, or above 32 bits. */
    private static long partValue(String part) {
        if (part.isEmpty()) {
            return -1;
        }
        int radix = 10;
        int digitsStart = 0;
        if (part.charAt(0) == '0' && part.length() > 1) {
            boolean hex = part.charAt(1) == 'x' || part.charAt(1) == 'X';
            radix = hex ? 16 : 8;
            digitsStart = hex ? 2 : 1;
        }
        long value = 0;
        for (int i = digitsStart; i < part.length(); i++) {
            int digit = asciiDigit(part.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
            if (value > MAX_IPV4) {
                return -1;
            }
        }
        return value;
    }

    private static int asciiDigit(char c, int radix) {
        return c < 0x80 ? Character.digit(c, radix) : -1;
    }

    private static boolean isBracketedIpv6(String host) {
        if (host.length() < 2 || host.charAt(0) != '[' || host.charAt(host.length() - 1) != ']'
                || host.indexOf('%') >= 0) {
            return false;
        }
        try {
            Inet6Address.ofLiteral(host.substring(1, host.length() - 1));
            return true;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
