package org.socketworkbench.engine;

/** Which way a payload went, seen from the socket. */
public enum Direction {
    /** Read or received. */
    IN,
    /** Written or sent. */
    OUT
}
