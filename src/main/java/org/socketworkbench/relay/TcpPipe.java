package org.socketworkbench.relay;

import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.WriteInfo;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.ScheduledFuture;

/**
 * One direction of a TCP conversation: reads the source leg, applies the impairments and writes
 * to the other leg. Back-pressure: one read and one write outstanding at most, and no read while
 * {@link #MAX_BUFFERED} bytes wait (in the delay line or being written), so a fast sender and a
 * slow receiver cost bounded memory and the sender's TCP window closes as it would. On the loop.
 */
final class TcpPipe {

    static final int CHUNK = 64 * 1024;
    /** Read-ahead per direction: enough for a chunk in flight while the next waits, and for latency at speed. */
    static final long MAX_BUFFERED = 1024 * 1024;
    /** Bandwidth-capped pipes read about 1/50 s of bytes at a time, so the cap is smooth. */
    private static final int MIN_CAPPED_READ = 256;
    /** Due pieces are joined into one write up to this (fewer, larger writes when the receiver lags). */
    private static final int MAX_JOINED = 256 * 1024;
    /** A piece due within this is sent now rather than scheduled. */
    private static final long DUE_NANOS = 200_000;

    private enum Kind { DATA, FIN, END }

    private record Piece(Kind kind, byte[] bytes, long releaseAt) {
    }

    private final TcpLegs legs;
    private final RelayDirection direction;
    private final int source;
    private final int target;
    private final SocketEngine engine;
    private final RelayLoop loop;
    private final Dice dice;
    private final Pacer pacer = new Pacer(true);
    private final DirectionStats stats;
    private final ArrayDeque<Piece> queue = new ArrayDeque<>();
    private long buffered;
    private long accepted;
    private boolean reading;
    private boolean writing;
    private boolean sawFin;
    private boolean limitReached;
    private boolean finished;
    private boolean stopped;
    private ScheduledFuture<?> timer;
    private long timerAt;

    TcpPipe(TcpLegs legs, RelayDirection direction, int source, int target) {
        this.legs = legs;
        this.direction = direction;
        this.source = source;
        this.target = target;
        this.engine = legs.relay().engine();
        this.loop = legs.relay().loop();
        this.dice = legs.relay().diceFor(legs.conversation(), direction);
        this.stats = legs.conversation().stats(direction);
    }

    RelayDirection direction() {
        return direction;
    }

    boolean finished() {
        return finished;
    }

    /** The source leg's end of stream has been read. */
    boolean sawFin() {
        return sawFin;
    }

    void start() {
        maybeRead();
    }

    void settingsChanged() {
        maybeRead();
        pump();
    }

    void stop() {
        stopped = true;
        queue.clear();
        if (timer != null) {
            timer.cancel(false);
        }
    }

    private Impairments impairments() {
        return legs.settings().of(direction);
    }

    private void maybeRead() {
        if (stopped || reading || sawFin || limitReached || buffered >= MAX_BUFFERED || impairments().stall()) {
            return;
        }
        reading = true;
        engine.read(source, readSize(impairments()), loop.then(this::onRead));
    }

    private static int readSize(Impairments impairments) {
        if (impairments.bandwidth() <= 0) {
            return CHUNK;
        }
        return (int) Math.clamp(impairments.bandwidth() / 50, MIN_CAPPED_READ, CHUNK);
    }

    private void onRead(ReadInfo read) {
        reading = false;
        if (stopped) {
            return;
        }
        int n = read.resultCode();
        if (n > 0) {
            stats.received(n);
            accept(read.data());
            pump();
            maybeRead();
        } else if (n == 0) {
            sawFin = true;
            queue.add(new Piece(Kind.FIN, null, pacer.release(System.nanoTime(), 0, impairments(), 0)));
            pump();
        } else {
            legs.readFailed(this, n);
        }
    }

    /** Queues bytes just read, cut to the byte limit and into slices, each with its release time. */
    private void accept(byte[] bytes) {
        Impairments impairments = impairments();
        byte[] data = bytes;
        if (impairments.closeAfterBytes() > 0) {
            long room = impairments.closeAfterBytes() - accepted;
            if (room <= data.length) {
                data = Arrays.copyOf(data, (int) Math.max(0, room));
                limitReached = true;
            }
        }
        accepted += data.length;
        long now = System.nanoTime();
        double jitter = dice.roll().jitter();
        int slice = impairments.sliceBytes() > 0 ? impairments.sliceBytes() : Math.max(1, data.length);
        for (int offset = 0; offset < data.length; offset += slice) {
            if (offset > 0) {
                pacer.pause(impairments.sliceDelayMs() * 1_000_000L);
            }
            byte[] piece = offset == 0 && slice >= data.length ? data
                    : Arrays.copyOfRange(data, offset, Math.min(data.length, offset + slice));
            queue.add(new Piece(Kind.DATA, piece, pacer.release(now, piece.length, impairments, jitter)));
            buffered += piece.length;
        }
        if (limitReached) {
            queue.add(new Piece(Kind.END, null, pacer.release(now, 0, impairments, jitter)));
        }
    }

    /** Sends the head of the queue when it is due and nothing is being written; otherwise waits for it. */
    private void pump() {
        if (stopped || writing) {
            return;
        }
        Piece head = queue.peek();
        if (head == null) {
            return;
        }
        if (head.releaseAt() - System.nanoTime() > DUE_NANOS) {
            wakeAt(head.releaseAt());
            return;
        }
        queue.poll();
        switch (head.kind()) {
            case DATA -> {
                byte[] bytes = withDuePieces(head.bytes());
                writing = true;
                engine.write(target, bytes, loop.then((WriteInfo written) -> onWritten(bytes, written)));
            }
            case FIN -> {
                writing = true;
                engine.shutdownOutput(target, loop.then(result -> {
                    writing = false;
                    finished = true;
                    if (stopped) {
                        return;
                    }
                    if (result < 0) {
                        legs.finCouldNotCross(this, result);
                    } else {
                        legs.finished();
                    }
                }));
            }
            case END -> legs.limitReached(impairments());
        }
    }

    /**
     * The head's bytes joined with the data pieces behind it that are due too (up to MAX_JOINED):
     * while a write was on the wire, pieces that fell due meanwhile go in one write, so a paced
     * rate does not sink below its cap and bulk transfers make fewer calls. Slices stay single
     * writes: that is their point.
     */
    private byte[] withDuePieces(byte[] first) {
        if (impairments().sliceBytes() > 0) {
            return first;
        }
        long now = System.nanoTime() + DUE_NANOS;
        int total = first.length;
        int count = 0;
        for (Piece piece : queue) {
            if (piece.kind() != Kind.DATA || piece.releaseAt() - now > 0 || total + piece.bytes().length > MAX_JOINED) {
                break;
            }
            total += piece.bytes().length;
            count++;
        }
        if (count == 0) {
            return first;
        }
        byte[] joined = Arrays.copyOf(first, total);
        int offset = first.length;
        for (int i = 0; i < count; i++) {
            byte[] next = queue.poll().bytes();
            System.arraycopy(next, 0, joined, offset, next.length);
            offset += next.length;
        }
        return joined;
    }

    private void wakeAt(long at) {
        if (timer != null && !timer.isDone()) {
            if (timerAt == at) {
                return;
            }
            timer.cancel(false);
        }
        timerAt = at;
        timer = loop.at(at, this::pump);
    }

    private void onWritten(byte[] bytes, WriteInfo written) {
        writing = false;
        if (stopped) {
            return;
        }
        if (written.bytesWritten() < 0) {
            legs.writeFailed(this, written.bytesWritten());
            return;
        }
        stats.sent(bytes.length);
        buffered -= bytes.length;
        pump();
        maybeRead();
    }
}
