package org.socketworkbench.traffic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * One pass of a {@link TrafficFilter} over a capture's payloads, made to run off the UI thread:
 * a million payloads take a few hundred milliseconds, too long for a frame. Any thread may read
 * its {@linkplain #progress() progress} or {@linkplain #cancel() cancel} it while it runs; it
 * checks for cancellation every {@value #CHECK_EVERY} payloads.
 *
 * <p>It keeps only the newest {@code keepNewest} matches (a view holds a bounded number of
 * rows), so it walks from the newest payload back and stops as soon as it has them: a filter
 * that matches most payloads ends early.
 */
public final class FilterPass {

    static final int CHECK_EVERY = 4096;

    private final Predicate<CapturedPayload> filter;
    private final long upToSequence;
    private final int keepNewest;
    private volatile double progress;
    private volatile boolean cancelled;

    /**
     * @param filter       what to keep (a {@link TrafficFilter})
     * @param upToSequence the last sequence number to consider (later payloads are skipped)
     * @param keepNewest   how many matches to keep at most, the newest ones
     */
    public FilterPass(Predicate<CapturedPayload> filter, long upToSequence, int keepNewest) {
        this.filter = Objects.requireNonNull(filter, "filter");
        this.upToSequence = upToSequence;
        if (keepNewest < 0) {
            throw new IllegalArgumentException("keepNewest must be 0 or more: " + keepNewest); // i18n-ok: a programming error
        }
        this.keepNewest = keepNewest;
    }

    /**
     * The payloads of {@code payloads} (oldest first, as a capture hands them over) that pass the
     * filter, oldest first; empty when cancelled before the end.
     */
    public List<CapturedPayload> run(List<CapturedPayload> payloads) {
        int total = payloads.size();
        List<CapturedPayload> newestFirst = new ArrayList<>();
        int index = total - 1;
        while (index >= 0 && payloads.get(index).sequence() > upToSequence) {
            index--;
        }
        int scanned = total - 1 - index;
        for (; index >= 0 && newestFirst.size() < keepNewest; index--, scanned++) {
            if (scanned % CHECK_EVERY == 0) {
                if (cancelled) {
                    return List.of();
                }
                progress = (double) scanned / total;
            }
            CapturedPayload payload = payloads.get(index);
            if (filter.test(payload)) {
                newestFirst.add(payload);
            }
        }
        progress = 1;
        if (cancelled) {
            return List.of();
        }
        Collections.reverse(newestFirst);
        return Collections.unmodifiableList(newestFirst);
    }

    /** From 0 to 1: the share of the payloads looked at so far. */
    public double progress() {
        return progress;
    }

    /** Makes a running pass end soon, with nothing. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
