package org.socketworkbench.bench;

import java.util.Locale;

/**
 * One run of a multicast sender and receiver at a fixed packet rate.
 *
 * @param target   the packets/s asked for
 * @param seconds  how long the sender ran
 * @param sent     datagrams the sender says it sent
 * @param received distinct datagrams the receiver counted
 * @param lost     datagrams the receiver counted as lost (gaps in the sequence)
 */
record RateTrial(long target, double seconds, long sent, long received, long lost) {

    /** A sender that fell below this share of its target was the bottleneck, not the receiver. */
    static final double KEPT_UP = 0.95;

    /** Whether the sender reached the rate. */
    boolean keptUp() {
        return sent >= KEPT_UP * target * seconds;
    }

    /** Whether the receiver got every datagram the sender sent, at the rate asked for. */
    boolean zeroLoss() {
        return keptUp() && lost == 0 && received >= sent;
    }

    String describe() {
        String verdict = !keptUp() ? "sender fell behind" : zeroLoss() ? "zero loss" : "LOSS";
        return String.format(Locale.ROOT, "%,10d pkt/s: sent %,d, received %,d, lost %,d -> %s", target, sent, received,
                lost, verdict);
    }
}
