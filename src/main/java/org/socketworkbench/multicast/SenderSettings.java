package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.util.Objects;

/**
 * How one group's probe sender runs.
 *
 * @param iface  the adapter to send from, "" for the OS default
 * @param source the address to send from (the socket binds to it), one of the adapter's, of the
 *               group's family: what a source-specific receiver joins as S. "" lets the OS pick
 *               the adapter's primary address
 * @param rate   probes per second
 * @param size   datagram size in bytes, header included (see {@link ProbeSize})
 * @param ttl    multicast TTL (IPv6 hop limit), 0 to 255
 */
public record SenderSettings(String iface, String source, ProbeRate rate, int size, int ttl) {

    public SenderSettings {
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(rate, "rate");
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException(Texts.get("multicast.ttl.range", ttl));
        }
    }

    /** Sending from the address the OS picks. */
    public SenderSettings(String iface, ProbeRate rate, int size, int ttl) {
        this(iface, "", rate, size, ttl);
    }
}
