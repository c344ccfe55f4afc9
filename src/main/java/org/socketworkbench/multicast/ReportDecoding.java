package org.socketworkbench.multicast;

/** The outcome of {@link ReportCodec#decode}: a report, or why the bytes are not a readable one. */
public sealed interface ReportDecoding {

    /** The datagram is a receiver report. */
    record Report(ReceiverReport report) implements ReportDecoding {
    }

    /** The datagram starts like a report but cannot be read; {@code detail} says why, for users. */
    record Rejected(String detail) implements ReportDecoding {
    }
}
