package org.socketworkbench.multicast;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * This host's name, as our senders announce it and as {@link ClockDomain} compares it: one source
 * for both, so a receiver recognises probes from its own host. Falls back to the
 * {@code HOSTNAME} / {@code COMPUTERNAME} environment variables, then to {@code "localhost"}.
 */
public final class LocalHostName {

    private LocalHostName() {
    }

    /** The name; may block briefly while the OS resolves it. Never blank, at most 255 UTF-8 bytes. */
    public static String get() {
        String name;
        try {
            name = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            name = firstNonBlank(System.getenv("HOSTNAME"), System.getenv("COMPUTERNAME"));
        }
        return usable(name);
    }

    static String usable(String name) {
        if (name == null || name.isBlank()) {
            return "localhost";
        }
        String trimmed = name.strip();
        while (ProbeCodec.headerSize(trimmed) - ProbeCodec.FIXED_HEADER > ProbePacket.MAX_HOST_NAME_BYTES) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
