package org.socketworkbench.relay;

import java.util.function.Supplier;

/**
 * One direction of a UDP flow: each datagram takes one {@link Dice.Roll} and is dropped,
 * corrupted (one bit), held back (reorder), duplicated and delayed (latency, jitter, bandwidth)
 * as the current impairments say, then handed to {@code send}. At most {@link #MAX_WAITING}
 * datagrams wait in the delay line; beyond that they are dropped, as a full router queue drops
 * them. On the loop.
 */
final class DatagramPath {

    /** What actually sends a datagram (the engine's write or sendTo). */
    interface Sender {
        void send(byte[] datagram);
    }

    static final int MAX_WAITING = 4096;

    private final RelayLoop loop;
    private final Dice dice;
    private final Pacer pacer = new Pacer(false);
    private final DirectionStats stats;
    private final Supplier<Impairments> impairments;
    private final Sender sender;
    private int waiting;

    DatagramPath(RelayLoop loop, Dice dice, DirectionStats stats, Supplier<Impairments> impairments, Sender sender) {
        this.loop = loop;
        this.dice = dice;
        this.stats = stats;
        this.impairments = impairments;
        this.sender = sender;
    }

    void forward(byte[] datagram) {
        Impairments now = impairments.get();
        Dice.Roll roll = dice.roll();
        stats.received(datagram.length);
        if (roll.drops(now)) {
            stats.countDropped();
            return;
        }
        byte[] out = datagram;
        if (datagram.length > 0 && roll.corrupts(now)) {
            out = datagram.clone();
            int bit = roll.bit() % (out.length * 8);
            out[bit / 8] ^= (byte) (1 << (bit % 8));
            stats.countCorrupted();
        }
        long at = pacer.release(System.nanoTime(), out.length, now, roll.jitter());
        if (roll.reorders(now)) {
            at += now.reorderMs() * 1_000_000L;
            stats.countReordered();
        }
        sendAt(out, at);
        if (roll.duplicates(now)) {
            stats.countDuplicated();
            sendAt(out, at);
        }
    }

    private void sendAt(byte[] datagram, long at) {
        if (at - System.nanoTime() <= 0) {
            sender.send(datagram);
            return;
        }
        if (waiting >= MAX_WAITING) {
            stats.countDropped();
            return;
        }
        waiting++;
        loop.at(at, () -> {
            waiting--;
            sender.send(datagram);
        });
    }
}
