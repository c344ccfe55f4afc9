package org.socketworkbench.multicast;

import java.util.Objects;

/**
 * A group in the multicast workspace: where probes go and how they are sent. The adapter is not
 * part of it: the workspace joins the group per adapter and each sender picks its own.
 *
 * @param group    the group and port, without an IPv6 zone (the adapter is chosen per join)
 * @param ttl      the TTL (IPv6 hop limit) its probe sender starts with, 0 to 255; 0 keeps probes on this host
 * @param loopback whether this host's receivers see its own probes
 */
public record GroupSettings(GroupAddress group, int ttl, boolean loopback) {

    public GroupSettings {
        Objects.requireNonNull(group, "group");
        if (!group.zone().isEmpty()) {
            throw new IllegalArgumentException("leave out the %" + group.zone()
                    + " zone: the adapter is chosen for each join and each sender");
        }
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException("TTL " + ttl + " is outside 0..255");
        }
    }
}
