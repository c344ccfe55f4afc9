package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Addresses;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.Objects;

/**
 * A multicast group and UDP port as a user writes it: {@code 239.1.2.3:5000},
 * {@code [ff02::1234%lo]:5000} or {@code ff02::1234%lo:5000} (the last colon starts the port).
 * The IPv6 zone, when given, names the adapter the group is meant for.
 *
 * @param address the group, always a multicast address (parsed from a literal, never from DNS)
 * @param port    the UDP port, 1 to 65535
 * @param zone    the IPv6 zone (adapter name) or "" when none; always "" for IPv4
 */
public record GroupAddress(InetAddress address, int port, String zone) {

    private static final String EXAMPLE = "multicast.address.example";

    public GroupAddress {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(zone, "zone");
        if (!address.isMulticastAddress()) {
            throw new IllegalArgumentException(Texts.get("multicast.address.notMulticast", Addresses.toText(address)));
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(Texts.get("multicast.address.port", port));
        }
        if (!zone.isEmpty() && !(address instanceof Inet6Address)) {
            throw new IllegalArgumentException(Texts.get("multicast.address.zone"));
        }
    }

    /**
     * Reads {@code GROUP:PORT}.
     *
     * @throws IllegalArgumentException with a message fit for the user when the text is not a
     *                                  multicast group with a port
     */
    public static GroupAddress parse(String text) {
        String trimmed = text.strip();
        int colon = trimmed.lastIndexOf(':');
        if (colon <= 0 || colon == trimmed.length() - 1) {
            throw new IllegalArgumentException(Texts.get("multicast.address.noPort", text, Texts.get(EXAMPLE)));
        }
        String host = trimmed.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int percent = host.indexOf('%');
        String zone = percent < 0 ? "" : host.substring(percent + 1);
        String literal = percent < 0 ? host : host.substring(0, percent);
        InetAddress address;
        try {
            address = InetAddress.ofLiteral(literal);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(Texts.get("multicast.address.notNumeric", text, literal, Texts.get(EXAMPLE)));
        }
        int port;
        try {
            port = Integer.parseInt(trimmed.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("multicast.address.portNotNumber", text, Texts.get(EXAMPLE)));
        }
        try {
            return new GroupAddress(address, port, zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'" + text + "': " + e.getMessage());
        }
    }

    /** Whether this is an IPv6 group. */
    public boolean isIpv6() {
        return address instanceof Inet6Address;
    }

    /** Whether a probe's target (address and port, zone ignored) is this group. */
    public boolean matches(InetSocketAddress target) {
        return target.getPort() == port && target.getAddress() != null
                && Arrays.equals(target.getAddress().getAddress(), address.getAddress());
    }

    /** The group and port as a socket address (no zone), e.g. for a probe's target field. */
    public InetSocketAddress toSocketAddress() {
        return new InetSocketAddress(address, port);
    }

    /** {@code 239.1.2.3:5000} or {@code [ff02::1234%lo]:5000}. */
    @Override
    public String toString() {
        String text = Addresses.toText(address);
        if (!isIpv6()) {
            return text + ":" + port;
        }
        return "[" + text + (zone.isEmpty() ? "" : "%" + zone) + "]:" + port;
    }
}
