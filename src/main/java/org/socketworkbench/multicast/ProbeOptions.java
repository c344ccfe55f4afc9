package org.socketworkbench.multicast;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A validated {@code probe} command line (see {@link ProbeCommand}).
 *
 * @param groups   the groups to join and send to, at least one, no repeats
 * @param iface    the adapter for joins and sending, "" for the OS default
 * @param ttl      multicast TTL (IPv6 hop limit) of the probes, 0 to 255
 * @param rate     probes per second per group
 * @param size     datagram size in bytes, header included
 * @param duration how long to run
 * @param every    print the table this often while running; {@link Duration#ZERO} prints only at the end
 * @param mode     send, receive or both
 * @param loopback whether our own probes loop back to this host's receivers
 * @param name     the host name the probes announce
 */
public record ProbeOptions(List<GroupAddress> groups, String iface, int ttl, ProbeRate rate, int size,
                           Duration duration, Duration every, ProbeMode mode, boolean loopback, String name) {

    public ProbeOptions {
        groups = List.copyOf(groups);
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(name, "name");
    }

    /** One channel per group: on the group's IPv6 zone if it has one, else on {@link #iface}. */
    public List<Channel> channels() {
        return groups.stream().map(g -> new Channel(g, g.zone().isEmpty() ? iface : g.zone())).toList();
    }
}
