package org.socketworkbench.multicast;

/** What a {@code probe} run does. */
public enum ProbeMode {
    /** Join, send and receive (the default): with loopback on, a lone host sees its own probes. */
    SEND_AND_RECEIVE,
    /** Only send ({@code --send-only}). */
    SEND_ONLY,
    /** Only join and receive ({@code --receive-only}). */
    RECEIVE_ONLY;

    public boolean sends() {
        return this != RECEIVE_ONLY;
    }

    public boolean receives() {
        return this != SEND_ONLY;
    }
}
