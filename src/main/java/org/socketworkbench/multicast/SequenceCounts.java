package org.socketworkbench.multicast;

/**
 * A sender's counters (definitions in {@link SequenceTracker}, {@link Arrival} and {@link SenderStats}).
 *
 * @param packets    datagrams received from this sender, duplicates and stale ones included
 * @param bytes      their UDP payload bytes
 * @param expected   sequence numbers from the first seen to the highest (over restarts)
 * @param received   distinct sequence numbers received
 * @param lost       expected - received
 * @param gaps       runs of missing sequence numbers
 * @param duplicates probes whose sequence number had already arrived
 * @param reordered  probes that arrived after a higher sequence number, filling a hole
 * @param late       in-order probes that arrived after a silence
 * @param stale      probes too old for the duplicate window (neither received nor duplicate)
 * @param restarts   times the sender restarted its sequence under the same id
 */
public record SequenceCounts(long packets, long bytes, long expected, long received, long lost, long gaps,
                             long duplicates, long reordered, long late, long stale, long restarts) {

    /** Lost as a percentage of expected; 0 when nothing was expected. */
    public double lossPercent() {
        return expected == 0 ? 0 : 100.0 * ((double) lost / expected); // the ratio first: never above 100 by rounding
    }
}
