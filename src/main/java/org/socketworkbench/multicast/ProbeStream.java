package org.socketworkbench.multicast;

import java.net.InetSocketAddress;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.SecureRandom;
import java.util.function.LongSupplier;

/**
 * The probes of one sender run: numbers them from 0, stamps each with the clock and encodes it
 * at the requested size. The socket layer only sends the bytes. One sending thread owns it;
 * {@link #count()} may be read from any thread (a display's sent counter).
 */
public final class ProbeStream {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Stores a big-endian long into a byte array without wrapping it in a buffer per probe. */
    private static final VarHandle BIG_ENDIAN_LONG = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.BIG_ENDIAN);

    private final long senderId;
    private final String hostName;
    private final InetSocketAddress target;
    private final int ttl;
    private final ProbeRate rate;
    private final int size;
    private final LongSupplier clock;
    /** The encoded probe with sequence, send time and flags 0: each probe is a copy with those three patched. */
    private final byte[] template;
    private volatile long nextSequence;

    /**
     * @param senderId a fresh {@link #newSenderId()} per run
     * @param hostName announced in every probe (at most 255 UTF-8 bytes)
     * @param target   the group and port probes go to
     * @param ttl      the multicast TTL the socket sends with, 0 to 255
     * @param rate     the announced rate (what {@link ProbeSchedule} paces to)
     * @param size     the datagram size; probes are padded to it (never cut below the header)
     * @param clock    the probe clock ({@link ProbeClock#system()})
     */
    public ProbeStream(long senderId, String hostName, InetSocketAddress target, int ttl, ProbeRate rate,
                       int size, LongSupplier clock) {
        this.senderId = senderId;
        this.hostName = hostName;
        this.target = target;
        this.ttl = ttl;
        this.rate = rate;
        this.size = size;
        this.clock = clock;
        this.template = ProbeCodec.encode(packet(0, 0), size); // validates every field now rather than at the first send
    }

    /** A random 64-bit sender id. */
    public static long newSenderId() {
        return RANDOM.nextLong();
    }

    public long senderId() {
        return senderId;
    }

    /** How many probes have been made so far (the next sequence number). */
    public long count() {
        return nextSequence;
    }

    /** The next probe, stamped now. */
    public byte[] next() {
        return encodeNext(0);
    }

    /**
     * Puts the next probe, stamped now, into {@code out} at its position (big-endian, as
     * {@link org.socketworkbench.engine.DatagramWriter} hands it): the template's bytes, then
     * the sequence and send time patched in place, so no array is made per probe.
     */
    public void writeNext(ByteBuffer out) {
        int start = out.position();
        out.put(template);
        long sequence = nextSequence;
        nextSequence = sequence + 1;
        out.putLong(start + ProbeCodec.SEQUENCE_OFFSET, sequence);
        out.putLong(start + ProbeCodec.SEND_TIME_OFFSET, clock.getAsLong());
    }

    /** The final probe, flagged {@link ProbePacket#FLAG_LAST}, so receivers stop expecting more. */
    public byte[] last() {
        return encodeNext(ProbePacket.FLAG_LAST);
    }

    /**
     * A copy of the template with the three fields that change: the sender's per-probe work is
     * one small array copy and three stores, no record, no UTF-8 encoding, no validation (the
     * template was validated once), so pacing, not encoding, sets the highest rate.
     */
    private byte[] encodeNext(int flags) {
        byte[] probe = template.clone();
        long sequence = nextSequence;
        nextSequence = sequence + 1;
        probe[ProbeCodec.FLAGS_OFFSET] = (byte) flags;
        BIG_ENDIAN_LONG.set(probe, ProbeCodec.SEQUENCE_OFFSET, sequence);
        BIG_ENDIAN_LONG.set(probe, ProbeCodec.SEND_TIME_OFFSET, clock.getAsLong());
        return probe;
    }

    private ProbePacket packet(int flags, long sequence) {
        return new ProbePacket(flags, senderId, sequence, clock.getAsLong(), ttl, target, rate.milliPerSecond(),
                hostName);
    }
}
