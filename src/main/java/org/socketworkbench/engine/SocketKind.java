package org.socketworkbench.engine;

/** The two chrome.socket types. */
public enum SocketKind {
    TCP, UDP;

    /** "tcp" or "udp", as chrome.socket spells them. */
    public String chromeName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
