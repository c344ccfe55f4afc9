package org.socketworkbench.multicast;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * This host's name, as our senders announce it and as {@link ClockDomain} compares it: one source
 * for both, so a receiver recognises probes from its own host. The kernel's name (Linux) or the
 * {@code HOSTNAME} / {@code COMPUTERNAME} environment variables come first, because they need no
 * name resolution (the app asks at start-up, where a slow resolver must not hold up the window);
 * only then {@code InetAddress.getLocalHost()}, then {@code "localhost"}.
 */
public final class LocalHostName {

    private LocalHostName() {
    }

    private static final Path KERNEL_HOST_NAME = Path.of("/proc/sys/kernel/hostname");

    /** The name. Never blank, at most 255 UTF-8 bytes. */
    public static String get() {
        String name = firstNonBlank(kernelHostName(), firstNonBlank(System.getenv("HOSTNAME"), System.getenv("COMPUTERNAME")));
        if (name == null || name.isBlank()) {
            try {
                name = InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                name = null;
            }
        }
        return usable(name);
    }

    private static String kernelHostName() {
        try {
            return Files.isReadable(KERNEL_HOST_NAME) ? Files.readString(KERNEL_HOST_NAME).strip() : null;
        } catch (IOException e) {
            return null;
        }
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
