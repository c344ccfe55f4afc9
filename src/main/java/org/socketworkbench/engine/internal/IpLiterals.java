package org.socketworkbench.engine.internal;

import java.net.InetAddress;

/** Strict IP literals for bind/listen/joinGroup, where Chrome does no DNS. */
public final class IpLiterals {

    private IpLiterals() {
    }

    /** The address, or null when {@code text} is not an IPv4 or IPv6 literal. */
    public static InetAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return InetAddress.ofLiteral(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
