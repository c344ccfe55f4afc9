package org.socketworkbench.workspace;

/** What a part of a workspace is, for the report of what opened (a bundle key per constant). */
public enum PartKind {
    TCP_SERVER, TLS_SERVER, TCP_CLIENT, UDP_SOCKET, REPLY_RULES, RELAY, MULTICAST_GROUP, MULTICAST_JOIN,
    MULTICAST_SENDER, TRAFFIC_FILTER;

    /** The bundle key of its name: {@code workspace.part.TCP_SERVER}. */
    public String key() {
        return "workspace.part." + name();
    }
}
