package org.socketworkbench.multicast;

/**
 * A rate over some time window.
 *
 * @param packetsPerSecond packets per second
 * @param bytesPerSecond   bytes per second (UDP payload bytes)
 */
public record Throughput(double packetsPerSecond, double bytesPerSecond) {

    /** Nothing measured yet, or nothing arrived. */
    public static final Throughput ZERO = new Throughput(0, 0);
}
