package org.socketworkbench.multicast;

/**
 * When probes are due, on an absolute schedule: slot {@code n} is due at
 * {@code start + ceil(n / rate)}, computed exactly in integer arithmetic, so a sender that wakes
 * late never accumulates drift (no sleep-per-packet). Rates from 0.001 to 1,000,000 packets/s.
 *
 * <p>Catch-up policy: a sender that fell behind sends what it owes in bursts of at most
 * {@link #maxBurst()} packets per {@link #dueNow} (one millisecond of schedule, at least 1), so
 * its loop stays responsive. Owed packets beyond {@link #maxBacklog()} (100 ms of schedule, at
 * least 1) are forgiven: their slots are skipped and counted in {@link #skipped()}, so a sender
 * that stalled (GC pause, suspended laptop) does not flood the network afterwards. Skipped slots
 * use no sequence numbers, so receivers see a stall (late probes), not loss.
 *
 * <p>Not thread-safe: the sending thread owns it. Times are nanoseconds of one clock.
 */
public final class ProbeSchedule {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final long MILLI_NANOS_PER_SECOND = 1_000_000_000_000L;

    private final long start;
    private final long milli;
    private final long maxBurst;
    private final long maxBacklog;
    private long sent;
    private long skipped;

    /**
     * @param rate  packets per second
     * @param start the time slot 0 is due (usually now)
     */
    public ProbeSchedule(ProbeRate rate, long start) {
        this.start = start;
        this.milli = rate.milliPerSecond();
        this.maxBurst = Math.max(1, milli / 1_000_000);
        this.maxBacklog = Math.max(1, milli / 10_000);
    }

    /** How many slots are due by {@code now} since the start, whether sent or not. */
    public long slotsDueBy(long now) {
        if (now < start) {
            return 0;
        }
        long elapsed = now - start;
        long wholeSeconds = elapsed / NANOS_PER_SECOND;
        long remainder = elapsed % NANOS_PER_SECOND;
        long secondsProduct = wholeSeconds * milli;
        long fromSeconds = secondsProduct / 1000;
        long carry = (secondsProduct % 1000) * NANOS_PER_SECOND + remainder * milli;
        return fromSeconds + carry / MILLI_NANOS_PER_SECOND + 1;
    }

    /**
     * How many probes to send now: the owed ones, at most {@link #maxBurst()}; forgives (skips)
     * owed slots beyond {@link #maxBacklog()}. Call {@link #sent} with what was actually sent.
     */
    public int dueNow(long now) {
        long owed = slotsDueBy(now) - sent - skipped;
        if (owed <= 0) {
            return 0;
        }
        if (owed > maxBacklog) {
            skipped += owed - maxBacklog;
            owed = maxBacklog;
        }
        return (int) Math.min(owed, maxBurst);
    }

    /** Records that {@code count} probes went out. */
    public void sent(int count) {
        sent += count;
    }

    /** When the next unsent slot is due: the time to park until when {@link #dueNow} is 0. */
    public long nextDueNanos() {
        long offset = slotOffset(sent + skipped);
        return offset > Long.MAX_VALUE - start ? Long.MAX_VALUE : start + offset;
    }

    /** Probes sent so far. */
    public long sentCount() {
        return sent;
    }

    /** Slots forgiven because the sender fell more than {@link #maxBacklog()} behind. */
    public long skipped() {
        return skipped;
    }

    /** Largest number of probes {@link #dueNow} returns at once. */
    public long maxBurst() {
        return maxBurst;
    }

    /** Largest number of owed probes kept when the sender falls behind. */
    public long maxBacklog() {
        return maxBacklog;
    }

    /** {@code ceil(slot * 10^12 / milli)} without overflow; saturates at Long.MAX_VALUE. */
    private long slotOffset(long slot) {
        long thousandSecondPeriods = slot / milli;
        long rest = slot % milli;
        long scaled = rest * 1_000_000;
        long high = scaled / milli;
        long low = ((scaled % milli) * 1_000_000 + milli - 1) / milli;
        long restOffset = high * 1_000_000 + low;
        if (thousandSecondPeriods > (Long.MAX_VALUE - restOffset) / MILLI_NANOS_PER_SECOND) {
            return Long.MAX_VALUE;
        }
        return thousandSecondPeriods * MILLI_NANOS_PER_SECOND + restOffset;
    }
}
