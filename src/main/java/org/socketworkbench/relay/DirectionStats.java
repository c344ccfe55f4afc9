package org.socketworkbench.relay;

/**
 * Counters of one direction of one conversation. Written only on the relay's loop thread,
 * read from anywhere (volatile: a reader sees recent values, never torn ones).
 */
public final class DirectionStats {

    private volatile long bytesIn;
    private volatile long bytesOut;
    private volatile long messagesIn;
    private volatile long messagesOut;
    private volatile long dropped;
    private volatile long duplicated;
    private volatile long reordered;
    private volatile long corrupted;

    /** Bytes read from the sending leg. */
    public long bytesIn() {
        return bytesIn;
    }

    /** Bytes written to the receiving leg. */
    public long bytesOut() {
        return bytesOut;
    }

    public long messagesIn() {
        return messagesIn;
    }

    public long messagesOut() {
        return messagesOut;
    }

    public long dropped() {
        return dropped;
    }

    public long duplicated() {
        return duplicated;
    }

    public long reordered() {
        return reordered;
    }

    public long corrupted() {
        return corrupted;
    }

    void received(int bytes) {
        bytesIn += bytes;
        messagesIn++;
    }

    void sent(int bytes) {
        bytesOut += bytes;
        messagesOut++;
    }

    void countDropped() {
        dropped++;
    }

    void countDuplicated() {
        duplicated++;
    }

    void countReordered() {
        reordered++;
    }

    void countCorrupted() {
        corrupted++;
    }
}
