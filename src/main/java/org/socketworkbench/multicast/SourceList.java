package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Addresses;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * The sources a source-specific (IGMPv3 / MLDv2) join names, as a user writes them: zero or more
 * unicast addresses of the group's family, separated by commas or spaces. The SSM ranges are
 * IPv4 232.0.0.0/8 and IPv6 ff3x::/32 (RFC 4607); Linux filters by source on any group, so a
 * group outside them only gets a warning.
 */
public final class SourceList {

    private SourceList() {
    }

    /**
     * Reads the sources; empty text is an any-source join.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static List<InetAddress> parse(String text) {
        LinkedHashSet<InetAddress> sources = new LinkedHashSet<>();
        for (String part : (text == null ? "" : text).strip().split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            InetAddress address;
            try {
                address = InetAddress.ofLiteral(part);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(Texts.get("multicast.source.notAddress", part));
            }
            sources.add(address);
        }
        List<InetAddress> list = new ArrayList<>(sources);
        list.forEach(SourceList::requireUnicast);
        return List.copyOf(list);
    }

    /** What is wrong with the sources for that group (null group: only the addresses are checked); empty when fine. */
    public static Optional<String> problem(String text, InetAddress group) {
        try {
            List<InetAddress> sources = parse(text);
            if (group != null) {
                sources.forEach(s -> requireFamily(s, group));
            }
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    static void requireUnicast(InetAddress source) {
        if (source.isMulticastAddress() || source.isAnyLocalAddress()
                || (source instanceof Inet4Address && source.getAddress()[0] == (byte) 255)) {
            throw new IllegalArgumentException(Texts.get("multicast.source.notUnicast",
                    Addresses.toText(source)));
        }
    }

    static void requireFamily(InetAddress source, InetAddress group) {
        if ((source instanceof Inet6Address) != (group instanceof Inet6Address)) {
            throw new IllegalArgumentException(Texts.get("multicast.source.family",
                    Addresses.toText(source), source instanceof Inet6Address ? "IPv6" : "IPv4",
                    group instanceof Inet6Address ? "IPv6" : "IPv4"));
        }
    }

    /** Whether the group is in an SSM range: IPv4 232.0.0.0/8 or IPv6 ff3x::/32. */
    public static boolean inSsmRange(InetAddress group) {
        byte[] bytes = group.getAddress();
        return group instanceof Inet6Address ? bytes[0] == (byte) 0xff && (bytes[1] & 0xf0) == 0x30
                : bytes[0] == (byte) 232;
    }

    /** For a group with sources outside the SSM ranges: why routers may not honour the sources; else empty. */
    public static Optional<String> rangeWarning(InetAddress group, List<InetAddress> sources) {
        if (sources.isEmpty() || inSsmRange(group)) {
            return Optional.empty();
        }
        return Optional.of(Texts.get("multicast.source.outsideSsm", Addresses.toText(group),
                group instanceof Inet6Address ? "ff3x::/32" : "232.0.0.0/8"));
    }

    /** The sources as the engine takes them ("" for none). */
    public static String toText(List<InetAddress> sources) {
        return String.join(", ", sources.stream().map(Addresses::toText).toList());
    }
}
