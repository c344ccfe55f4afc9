package org.socketworkbench.relay;

/** What a relay forwards: TCP connections or UDP flows (one per client address and port). */
public enum RelayProtocol {
    TCP, UDP;

    /** The chrome.socket type name. */
    public String socketType() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
