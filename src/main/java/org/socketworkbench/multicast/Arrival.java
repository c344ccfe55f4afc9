package org.socketworkbench.multicast;

/** How one probe fits its sender's sequence (see {@link SequenceTracker} and {@link SenderStats}). */
public enum Arrival {
    /** The first probe seen from this sender: counting starts here (as omping does). */
    FIRST,
    /** The next sequence number, on time. */
    IN_ORDER,
    /** The next sequence number, but after a silence (mcjoin's "delayed"): nothing lost, the stream stalled. */
    LATE,
    /** A sequence number beyond the next one: the numbers in between are missing (a new gap). */
    AHEAD,
    /** Lower than the highest seen and not seen before: fills a hole (or extends the run below the first seen). */
    REORDERED,
    /** A sequence number already received: counted as a duplicate, not as received. */
    DUPLICATE,
    /** Older than the tracking window: cannot tell a duplicate from a late fill, so not counted as received. */
    STALE,
    /** Far below the window and near 0: the sender restarted with the same id; counting restarts here. */
    RESTART;

    /** Whether this probe is counted as received (a sequence number seen for the first time). */
    public boolean isUnique() {
        return this != DUPLICATE && this != STALE;
    }

    /** Whether this probe advanced the sender's highest sequence number. */
    public boolean isProgress() {
        return this == FIRST || this == IN_ORDER || this == LATE || this == AHEAD || this == RESTART;
    }
}
