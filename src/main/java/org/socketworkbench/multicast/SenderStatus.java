package org.socketworkbench.multicast;

/** Where a group's probe sender stands. */
public enum SenderStatus {
    /** Its socket is being set up (adapter, TTL, loopback, bind). */
    STARTING,
    /** Sending at its rate. */
    RUNNING,
    /** Stopped by the user; the counters are final. */
    STOPPED,
    /** The socket could not be set up; the detail says why. */
    FAILED
}
