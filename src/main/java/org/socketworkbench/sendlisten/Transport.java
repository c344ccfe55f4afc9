package org.socketworkbench.sendlisten;

/** The protocol of {@code send} and {@code listen}, as typed on the command line. */
public enum Transport {
    tcp, udp, tls
}
