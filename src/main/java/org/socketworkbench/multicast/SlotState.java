package org.socketworkbench.multicast;

/** One slot of a {@link Timeline} strip: one expected probe, or one interval of silence. */
public enum SlotState {
    /** Received in order. */
    RECEIVED,
    /** Received in order after a silence (mcjoin's "_"). */
    LATE,
    /** A sequence number that never arrived (so far). */
    MISSING,
    /** An interval in which the sender should have sent and nothing arrived; becomes MISSING if the sequence shows a probe was lost there. */
    SILENT,
    /** Arrived after a higher sequence number, filling what was a MISSING slot (mcjoin's "<"). */
    REORDERED,
    /** Received more than once (mcjoin's ":"). */
    DUPLICATE
}
