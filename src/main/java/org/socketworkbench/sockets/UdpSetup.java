package org.socketworkbench.sockets;

/**
 * How to open a UDP socket from the workbench.
 *
 * @param bindAddress        local address (an IP literal, e.g. 0.0.0.0)
 * @param port               local port (0: any)
 * @param timeToLive         multicast TTL (0..255)
 * @param loopback           multicast loopback
 * @param multicastInterface adapter name for joins and outgoing multicast, or null for the OS default
 * @param broadcast          SO_BROADCAST (the engine's setBroadcast): sending to broadcast addresses
 */
public record UdpSetup(String bindAddress, int port, int timeToLive, boolean loopback, String multicastInterface,
                       boolean broadcast) {

    /** Without broadcast, as Chrome. */
    public UdpSetup(String bindAddress, int port, int timeToLive, boolean loopback, String multicastInterface) {
        this(bindAddress, port, timeToLive, loopback, multicastInterface, false);
    }

    /** Chrome's defaults on 0.0.0.0 with an ephemeral port. */
    public static UdpSetup defaults() {
        return new UdpSetup("0.0.0.0", 0, 1, true, null);
    }
}
