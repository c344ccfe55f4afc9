package org.socketworkbench.engine;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/** Address text as Chrome reports it: IPv4 dotted, IPv6 compressed (RFC 5952), no brackets or zone. */
public final class Addresses {

    private Addresses() {
    }

    /** The numeric text of an address: IPv6 compressed, without the zone suffix. */
    public static String toText(InetAddress address) {
        String text = address.getHostAddress();
        if (address instanceof Inet6Address) {
            int zone = text.indexOf('%');
            return compressIpv6(zone < 0 ? text : text.substring(0, zone));
        }
        return text;
    }

    /**
     * Address text for a socket of the given family: on an IPv6 socket an IPv4 peer (which Java
     * reports as an IPv4 address) appears IPv4-mapped, {@code ::ffff:c0a8:101}, as Chrome shows it.
     */
    public static String toText(InetAddress address, boolean ipv6Socket) {
        if (ipv6Socket && address instanceof Inet4Address) {
            byte[] b = address.getAddress();
            return "::ffff:" + Integer.toHexString((b[0] & 0xff) << 8 | (b[1] & 0xff))
                    + ":" + Integer.toHexString((b[2] & 0xff) << 8 | (b[3] & 0xff));
        }
        return toText(address);
    }

    /** Turns Java's full IPv6 form ({@code fe80:0:0:0:1:2:3:4}) into RFC 5952 text. */
    static String compressIpv6(String full) {
        String[] groups = full.split(":", -1);
        if (groups.length != 8) {
            return full;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (!isZero(groups[i])) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && isZero(groups[j])) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(Integer.toHexString(Integer.parseInt(groups[i], 16)));
            if (i < 7) {
                out.append(':');
            }
        }
        return out.toString();
    }

    private static boolean isZero(String group) {
        return Integer.parseInt(group, 16) == 0;
    }
}
