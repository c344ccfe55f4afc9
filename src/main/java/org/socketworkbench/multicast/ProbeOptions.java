package org.socketworkbench.multicast;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 * @param matrix   also print the whole group's matrix (receivers × senders, from every host's
 *                 reports) at the end and with {@code every}; any pair's loss then fails the run
 * @param json     write the final roster and matrix as JSON to this file ("-": standard output)
 * @param sources  source-specific joins: receive each group only from these unicast addresses
 *                 (IGMPv3 / MLDv2); empty for any-source joins
 */
public record ProbeOptions(List<GroupAddress> groups, String iface, int ttl, ProbeRate rate, int size,
                           Duration duration, Duration every, ProbeMode mode, boolean loopback, String name,
                           boolean matrix, Optional<Path> json, List<String> sources) {

    /** Without the matrix, JSON or sources. */
    public ProbeOptions(List<GroupAddress> groups, String iface, int ttl, ProbeRate rate, int size, Duration duration,
                        Duration every, ProbeMode mode, boolean loopback, String name) {
        this(groups, iface, ttl, rate, size, duration, every, mode, loopback, name, false, Optional.empty(), List.of());
    }

    public ProbeOptions {
        groups = List.copyOf(groups);
        Objects.requireNonNull(iface, "iface");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(json, "json");
        sources = List.copyOf(sources);
    }

    /** The same options with the matrix printed (or not) and JSON written to {@code json}. */
    public ProbeOptions withOutputs(boolean printMatrix, Optional<Path> jsonFile) {
        return new ProbeOptions(groups, iface, ttl, rate, size, duration, every, mode, loopback, name, printMatrix,
                jsonFile, sources);
    }

    /** The same options joining only from these sources. */
    public ProbeOptions withSources(List<String> sourceAddresses) {
        return new ProbeOptions(groups, iface, ttl, rate, size, duration, every, mode, loopback, name, matrix, json,
                sourceAddresses);
    }

    /** One channel per group: on the group's IPv6 zone if it has one, else on {@link #iface}. */
    public List<Channel> channels() {
        return groups.stream().map(g -> new Channel(g, g.zone().isEmpty() ? iface : g.zone())).toList();
    }
}
