package org.socketworkbench.multicast;

import java.util.Objects;

/**
 * Where probes are received: a group joined on one adapter. The roster keeps one row per
 * (channel, sender), so a group joined on two adapters shows each sender once per adapter and a
 * probe that arrives on both is not mistaken for a duplicate.
 *
 * @param group the group and port
 * @param iface the adapter name the receiver joined on, or "" for the OS default adapter
 */
public record Channel(GroupAddress group, String iface) {

    public Channel {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(iface, "iface");
    }

    /** The adapter for display: its name, or "default". */
    public String ifaceLabel() {
        return iface.isEmpty() ? "default" : iface;
    }

    @Override
    public String toString() {
        return group + " on " + ifaceLabel();
    }
}
