package org.socketworkbench.multicast;

import java.util.List;
import java.util.OptionalLong;

/**
 * One pair (receiver, sender) of the matrix: the receiver's latest report block on that sender.
 *
 * @param block        the counters as the receiver reported them
 * @param reportedAt   when that report arrived (probe clock)
 * @param rtt          round-trip time of the pair, from reports echoing probe send times (NTP-style)
 * @param latency      one-way latency: measured on a shared clock, else RTT / 2
 * @param latencyBound ± this much: 0 when measured, RTT / 2 when estimated (the true one-way
 *                     time lies anywhere between 0 and the RTT)
 * @param history      one sample per report interval, oldest first (the pair's timeline)
 */
public record MatrixCell(ReportBlock block, long reportedAt, OptionalLong rtt, OptionalLong latency,
                         long latencyBound, List<CellSample> history) {

    public MatrixCell {
        history = List.copyOf(history);
    }

    /** Whether the latency is a shared-clock measurement rather than an estimate from the RTT. */
    public boolean latencyMeasured() {
        return latency.isPresent() && latencyBound == 0;
    }
}
