package org.socketworkbench.multicast;

import java.util.Objects;

/**
 * How one group's probe sender runs.
 *
 * @param iface the adapter to send from, "" for the OS default
 * @param rate  probes per second
 * @param size  datagram size in bytes, header included (see {@link ProbeSize})
 * @param ttl   multicast TTL (IPv6 hop limit), 0 to 255
 */
public record SenderSettings(String iface, ProbeRate rate, int size, int ttl) {

    public SenderSettings {
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(rate, "rate");
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("TTL " + ttl + " is outside 0..255");
        }
    }
}
