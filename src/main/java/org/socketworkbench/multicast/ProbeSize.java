package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.util.Optional;

/**
 * The datagram sizes a probe may have: at least its header (which grows with the announced host
 * name), at most the largest UDP payload of the groups' families. One rule for the {@code probe}
 * command and the multicast pane.
 */
public final class ProbeSize {

    /** Largest UDP payload over IPv4 (65,535 - 20 IP - 8 UDP). */
    public static final int MAX_IPV4 = 65_507;
    /** Largest UDP payload over IPv6 without jumbograms (65,535 - 8 UDP). */
    public static final int MAX_IPV6 = 65_527;
    /** The size when none is given (raised when the host name needs more). */
    public static final int DEFAULT = 100;

    private ProbeSize() {
    }

    /** {@link #DEFAULT}, or the header size when the host name makes the header larger. */
    public static int defaultFor(String hostName) {
        return Math.max(DEFAULT, ProbeCodec.headerSize(hostName));
    }

    /**
     * What is wrong with {@code size}, phrased to follow the size itself ("is too small: ..."),
     * or empty when it fits.
     *
     * @param anyIpv4  whether any of the groups it is sent to is IPv4 (the smaller limit applies)
     * @param hostName the name the probes announce
     */
    public static Optional<String> problem(int size, boolean anyIpv4, String hostName) {
        int header = ProbeCodec.headerSize(hostName);
        int max = anyIpv4 ? MAX_IPV4 : MAX_IPV6;
        if (size < header) {
            return Optional.of(Texts.get("multicast.size.tooSmall", hostName, header));
        }
        if (size > max) {
            return Optional.of(Texts.get("multicast.size.tooLarge", max, anyIpv4 ? "IPv4" : "IPv6"));
        }
        return Optional.empty();
    }
}
