package org.socketworkbench.adapters;

import org.socketworkbench.i18n.Texts;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Wake-on-LAN's magic packet: six 0xFF bytes, then the target's MAC address sixteen times (102
 * bytes), sent as a UDP broadcast, by custom to port 9 (discard).
 */
public final class WakeOnLan {

    public static final int PORT = 9;

    private WakeOnLan() {
    }

    /** The magic packet for a MAC address written with colons, dashes or nothing between the pairs. */
    public static byte[] magicPacket(String mac) {
        byte[] address = parseMac(mac).orElseThrow(() -> new IllegalArgumentException(badMac(mac)));
        byte[] packet = new byte[6 + 16 * 6];
        for (int i = 0; i < 6; i++) {
            packet[i] = (byte) 0xFF;
        }
        for (int copy = 0; copy < 16; copy++) {
            System.arraycopy(address, 0, packet, 6 + copy * 6, 6);
        }
        return packet;
    }

    /** Why {@code mac} is not a MAC address, in plain words and the current language. */
    public static String badMac(String mac) {
        return Texts.get("adapters.badMac", mac);
    }

    /** The six bytes of a MAC address, or empty when the text is not one. */
    public static Optional<byte[]> parseMac(String mac) {
        String hex = mac == null ? "" : mac.strip().replace(":", "").replace("-", "").toLowerCase(Locale.ROOT);
        if (!hex.matches("[0-9a-f]{12}")) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().parseHex(hex));
    }
}
