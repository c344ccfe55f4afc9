package org.socketworkbench.relay;

/** Which way a byte crosses a relay. */
public enum RelayDirection {
    CLIENT_TO_SERVER("client→server"),
    SERVER_TO_CLIENT("server→client");

    private final String label;

    RelayDirection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
