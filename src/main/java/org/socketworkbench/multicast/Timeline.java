package org.socketworkbench.multicast;

import java.util.ArrayList;
import java.util.List;

/**
 * The strip a renderer draws for one sender, like mcjoin's plotter: a bounded ring of the newest
 * slots, one per expected probe. Received probes append a slot; a sequence jump appends
 * {@link SlotState#MISSING} slots for the skipped numbers; a reordered or duplicated probe marks
 * its own slot, if still on the strip. Silence stays visible: from {@link SilenceRule} on, every
 * interval without progress appends a {@link SlotState#SILENT} slot (on {@link #tick} and before
 * each arrival), so a sender that stops keeps growing empty slots until it says goodbye
 * ({@link #end}). When probes resume after a jump, the silent slots stand for the skipped
 * numbers first and turn MISSING, so one lost probe is never drawn twice. Not thread-safe.
 */
public final class Timeline {

    /** The default length of the strip. */
    public static final int DEFAULT_CAPACITY = 600;

    private static final long NO_SEQUENCE = -1;

    private final SlotState[] states;
    private final long[] sequences;
    private int oldest;
    private int size;
    private boolean started;
    private boolean ended;
    private long highest;
    private long lastProgressNanos;
    private long silentSinceProgress;

    public Timeline(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive"); // i18n-ok: programmer error
        }
        states = new SlotState[capacity];
        sequences = new long[capacity];
    }

    /**
     * Adds what one probe means for the strip.
     *
     * @param intervalNanos the sender's expected interval between probes; &lt;= 0 when unknown
     */
    public void record(long sequence, Arrival arrival, long now, long intervalNanos) {
        if (!arrival.isProgress()) {
            markExisting(sequence, arrival);
            return;
        }
        tick(now, intervalNanos);
        if (arrival == Arrival.AHEAD) {
            addMissing(highest + 1, sequence - 1);
        }
        append(arrival == Arrival.LATE ? SlotState.LATE : SlotState.RECEIVED, sequence);
        started = true;
        ended = false;
        highest = sequence;
        lastProgressNanos = now;
        silentSinceProgress = 0;
    }

    /** Appends the silent slots due by {@code now}. Call it on a timer so silence shows while nothing arrives. */
    public void tick(long now, long intervalNanos) {
        if (!started || ended) {
            return;
        }
        long due = SilenceRule.silentSlots(now - lastProgressNanos, intervalNanos);
        if (due > silentSinceProgress) {
            appendRun(SlotState.SILENT, NO_SEQUENCE, due - silentSinceProgress);
            silentSinceProgress = due;
        }
    }

    /** The sender said goodbye: no more silent slots until it sends again. */
    public void end() {
        ended = true;
    }

    /** The strip, oldest slot first, at most the capacity. */
    public List<SlotState> snapshot() {
        List<SlotState> slots = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            slots.add(states[position(i)]);
        }
        return slots;
    }

    private void markExisting(long sequence, Arrival arrival) {
        SlotState mark = switch (arrival) {
            case REORDERED -> SlotState.REORDERED;
            case DUPLICATE -> SlotState.DUPLICATE;
            default -> null;
        };
        if (mark == null) {
            return;
        }
        for (int i = size - 1; i >= 0; i--) {
            long slotSequence = sequences[position(i)];
            if (slotSequence == sequence) {
                states[position(i)] = mark;
                return;
            }
            if (slotSequence != NO_SEQUENCE && slotSequence < sequence) {
                return;
            }
        }
    }

    /** The silent slots since the last progress stand for the first skipped numbers; the rest are appended. */
    private void addMissing(long from, long to) {
        long skipped = to - from + 1;
        long converted = Math.min(skipped, silentSinceProgress);
        long visibleSilent = Math.min(silentSinceProgress, size);
        for (long j = silentSinceProgress - visibleSilent; j < converted; j++) {
            int at = position((int) (size - silentSinceProgress + j));
            states[at] = SlotState.MISSING;
            sequences[at] = from + j;
        }
        long remaining = skipped - converted;
        if (remaining > 0) {
            long shown = Math.min(remaining, states.length);
            for (long s = to - shown + 1; s <= to; s++) {
                append(SlotState.MISSING, s);
            }
        }
    }

    private void appendRun(SlotState state, long sequence, long count) {
        for (long i = Math.min(count, states.length); i > 0; i--) {
            append(state, sequence);
        }
    }

    private void append(SlotState state, long sequence) {
        int at;
        if (size < states.length) {
            at = position(size);
            size++;
        } else {
            at = oldest;
            oldest = (oldest + 1) % states.length;
        }
        states[at] = state;
        sequences[at] = sequence;
    }

    private int position(int index) {
        return (oldest + index) % states.length;
    }
}
