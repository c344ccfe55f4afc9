package org.socketworkbench.multicast;

import java.util.OptionalLong;

/**
 * What one receiver reports about one sender it hears (a block of a {@link ReceiverReport};
 * byte layout in src/docs/receiver-report-format.md). Counters as in {@link SequenceCounts}.
 *
 * @param senderId        the sender run's id, as in its probes
 * @param packets         datagrams received from it, duplicates included
 * @param expected        sequence numbers expected from the first seen to the highest
 * @param received        distinct sequence numbers received
 * @param lost            expected - received
 * @param duplicates      duplicates
 * @param reordered       reordered probes
 * @param late            late probes
 * @param latencyMedian   one-way latency median in ns, when the reporter shares the sender's clock
 * @param lastSendTime    LSR: the send time carried by the latest probe received from the sender
 *                        (the sender's clock), 0 when none
 * @param delaySinceLast  DLSR: ns from that probe's arrival to the report's time (reporter's clock)
 * @param rtt             the round-trip time the reporter measured to this sender from the
 *                        sender's own reports, when it did
 */
public record ReportBlock(long senderId, long packets, long expected, long received, long lost, long duplicates,
                          long reordered, long late, OptionalLong latencyMedian, long lastSendTime,
                          long delaySinceLast, OptionalLong rtt) {

    /** Lost as a percentage of expected; 0 when nothing was expected. */
    public double lossPercent() {
        return new SequenceCounts(packets, 0, expected, received, lost, 0, duplicates, reordered, late, 0, 0)
                .lossPercent();
    }
}
