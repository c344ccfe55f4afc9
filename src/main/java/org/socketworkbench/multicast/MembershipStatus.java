package org.socketworkbench.multicast;

/** Where a join of one group on one adapter stands. */
public enum MembershipStatus {
    /** Create, bind and join are under way. */
    JOINING,
    /** Joined; the socket receives into the roster. */
    JOINED,
    /** A step failed; the detail says which and what the OS answered. */
    FAILED
}
