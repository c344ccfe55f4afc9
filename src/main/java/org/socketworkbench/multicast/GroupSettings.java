package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.net.InetAddress;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A group in the multicast workspace: where probes go and how they are sent. The adapter is not
 * part of it: the workspace joins the group per adapter and each sender picks its own.
 *
 * @param group    the group and port, without an IPv6 zone (the adapter is chosen per join)
 * @param ttl      the TTL (IPv6 hop limit) its probe sender starts with, 0 to 255; 0 keeps probes on this host
 * @param loopback whether this host's receivers see its own probes
 * @param sources  the senders a source-specific join receives from, unicast and of the group's
 *                 family; empty for an any-source join (see {@link SourceList})
 */
public record GroupSettings(GroupAddress group, int ttl, boolean loopback, List<InetAddress> sources) {

    public GroupSettings {
        Objects.requireNonNull(group, "group");
        sources = List.copyOf(sources);
        if (!group.zone().isEmpty()) {
            throw new IllegalArgumentException(Texts.get("multicast.group.noZone", group.zone()));
        }
        if (ttl < 0 || ttl > 255) {
            throw new IllegalArgumentException(Texts.get("multicast.ttl.range", ttl));
        }
        sources.forEach(SourceList::requireUnicast);
        sources.forEach(s -> SourceList.requireFamily(s, group.address()));
    }

    /** An any-source group. */
    public GroupSettings(GroupAddress group, int ttl, boolean loopback) {
        this(group, ttl, loopback, List.of());
    }

    /** Whether its joins are source-specific. */
    public boolean sourceSpecific() {
        return !sources.isEmpty();
    }

    /** A warning for sources on a group outside the SSM ranges (allowed: Linux filters any group). */
    public Optional<String> rangeWarning() {
        return SourceList.rangeWarning(group.address(), sources);
    }
}
