package org.socketworkbench.multicast;

/** A socket step of a probe run failed (create, bind, join, send); the message says which and why. */
public final class ProbeSocketException extends RuntimeException {

    public ProbeSocketException(String message) {
        super(message);
    }
}
