package org.socketworkbench.adapters;

import java.util.List;

/**
 * A snapshot of one network interface of this machine.
 *
 * @param name             the OS name ({@code eth0}, {@code lo}); what joins and binds refer to
 * @param displayName      the OS's human-readable name (often the same on Linux)
 * @param index            the interface index, or -1 when unknown
 * @param up               whether the interface is up
 * @param loopback         whether it is a loopback interface
 * @param multicast        whether it supports multicast
 * @param virtual          whether it is a sub-interface
 * @param mtu              the MTU, or -1 when unknown
 * @param hardwareAddress  MAC address as {@code aa:bb:cc:dd:ee:ff}, or "" when there is none
 * @param addresses        its addresses with prefix lengths
 */
public record Adapter(String name, String displayName, int index, boolean up, boolean loopback,
                      boolean multicast, boolean virtual, int mtu, String hardwareAddress,
                      List<AdapterAddress> addresses) {

    public Adapter {
        addresses = List.copyOf(addresses);
    }

    /**
     * Whether chrome.socket's getNetworkList reports this adapter: it skips interfaces that are
     * down or loopback, and loopback and unspecified addresses (contract §5.15).
     */
    public boolean inChromeNetworkList() {
        return up && !loopback && addresses.stream().anyMatch(a -> !a.address().equals("::")
                && !a.address().equals("0.0.0.0") && !a.address().startsWith("127.") && !a.address().equals("::1"));
    }
}
