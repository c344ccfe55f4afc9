package org.socketworkbench.traffic;

import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;

import java.util.Arrays;
import java.util.Objects;

/**
 * One payload in the capture, immutable. Kept small on purpose (one object plus the byte array;
 * the flow is shared), because the capture holds up to a million of them and the traffic table
 * shows these very objects as its rows.
 */
public final class CapturedPayload {

    /**
     * What one captured payload costs beyond its bytes, counted honestly: this object (40 bytes
     * with compressed references), a byte array's header (16; a payload copied into one of the
     * capture's shared arrays, see {@link PayloadSlabs}, has none, so this over-counts it a
     * little, which pays for the unused end of each shared array), its slot in the capture's ring
     * (4), its slot in a view's row list including growth slack (8), and the array's alignment
     * padding (up to 7, counted in {@link #retainedBytes()}). Rounded up.
     */
    public static final int OVERHEAD_BYTES = 72;

    /**
     * What a new {@link TrafficFlow} costs (the record, two address strings, its entry in the
     * interning table), charged to the payload that first used it: a UDP socket hearing from a
     * different peer in every datagram costs this much more per payload.
     */
    public static final int FLOW_BYTES = 256;

    private final long sequence;
    private final long timestampNanos;
    private final TrafficFlow flow;
    /** The bytes are {@code data[offset, offset + length)}: a slice of a slab shared with other payloads, or an array of their own. */
    private final byte[] data;
    private final int offset;
    private final int length;
    /** Whether this payload brought its flow into the capture (and is charged for it). */
    private final boolean newFlow;

    CapturedPayload(long sequence, long timestampNanos, TrafficFlow flow, boolean newFlow, byte[] data, int offset,
                    int length) {
        this.sequence = sequence;
        this.timestampNanos = timestampNanos;
        this.flow = Objects.requireNonNull(flow, "flow");
        this.newFlow = newFlow;
        this.data = Objects.requireNonNull(data, "payload");
        Objects.checkFromIndexSize(offset, length, data.length);
        this.offset = offset;
        this.length = length;
    }

    /** Position in the capture: 1 for the first payload ever appended, increasing by one each. */
    public long sequence() {
        return sequence;
    }

    /** When the engine saw the payload, nanoseconds since the Unix epoch. */
    public long timestampNanos() {
        return timestampNanos;
    }

    public TrafficFlow flow() {
        return flow;
    }

    public Direction direction() {
        return flow.direction();
    }

    public int socketId() {
        return flow.socketId();
    }

    public SocketKind kind() {
        return flow.kind();
    }

    /** Number of payload bytes. */
    public int length() {
        return length;
    }

    /** A copy of the bytes. */
    public byte[] payload() {
        return Arrays.copyOfRange(data, offset, offset + length);
    }

    /**
     * The array holding the bytes, from {@link #offset()} for {@link #length()} bytes, for this
     * package's readers (filter, exporters, preview); never modified, and shared with other payloads.
     */
    byte[] data() {
        return data;
    }

    /** Where the bytes start in {@link #data()}. */
    int offset() {
        return offset;
    }

    /** Memory this payload keeps alive, as the capture's byte cap counts it. */
    public long retainedBytes() {
        return OVERHEAD_BYTES + (newFlow ? FLOW_BYTES : 0) + (((long) length + 7) & ~7L);
    }

    @Override
    public String toString() {
        return "#" + sequence + " " + flow.socketLabel() + " " + flow.direction() + " " + flow.peerEndpoint()
                + " " + length + " bytes " + Arrays.toString(Arrays.copyOfRange(data, offset, offset + Math.min(8, length)));
    }
}
