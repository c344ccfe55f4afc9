package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A probe rate in thousandths of a packet per second, so that rates such as 0.5/s are exact and
 * the value fits the probe's 32-bit rate field.
 *
 * @param milliPerSecond packets per 1000 seconds; {@link #MIN_MILLI} to {@link #MAX_MILLI}
 */
public record ProbeRate(long milliPerSecond) {

    /** The slowest rate: one packet per 1000 s. */
    public static final long MIN_MILLI = 1;
    /** The fastest rate: 1,000,000 packets/s. */
    public static final long MAX_MILLI = 1_000_000_000L;

    public ProbeRate {
        if (milliPerSecond < MIN_MILLI || milliPerSecond > MAX_MILLI) {
            throw new IllegalArgumentException(Texts.get("multicast.rate.range"));
        }
    }

    /**
     * Reads a rate in packets/s such as {@code 100} or {@code 0.5}.
     *
     * @throws IllegalArgumentException with a message fit for the user
     */
    public static ProbeRate parse(String text) {
        BigDecimal perSecond;
        try {
            perSecond = new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Texts.get("multicast.rate.notRate", text));
        }
        BigDecimal milli = perSecond.movePointRight(3).setScale(0, RoundingMode.HALF_UP);
        if (milli.compareTo(BigDecimal.valueOf(MIN_MILLI)) < 0 || milli.compareTo(BigDecimal.valueOf(MAX_MILLI)) > 0) {
            throw new IllegalArgumentException(Texts.get("multicast.rate.outside", text));
        }
        return new ProbeRate(milli.longValueExact());
    }

    /** The rate in packets per second. */
    public double perSecond() {
        return milliPerSecond / 1000.0;
    }

    /** The time between two packets, in nanoseconds (rounded). */
    public long intervalNanos() {
        return intervalNanos(milliPerSecond);
    }

    /** The time between two packets at {@code milliPerSecond} packets per 1000 s (any positive value). */
    static long intervalNanos(long milliPerSecond) {
        return Math.round(1e12 / milliPerSecond);
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(milliPerSecond, 3).stripTrailingZeros().toPlainString() + "/s";
    }
}
