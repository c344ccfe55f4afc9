package org.socketworkbench.traffic;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the traffic view shows when a payload was seen. */
public enum TimestampFormat {
    /** Local date and time to the nanosecond: {@code 2025-03-01 14:02:03.123456789}. */
    ABSOLUTE("Date and time"),
    /** Seconds since the first payload of the capture: {@code 12.000123456}. */
    SINCE_START("Seconds since start"),
    /** Seconds since the previous payload shown: {@code 0.000004000}. */
    DELTA("Delta from previous");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final String label;

    TimestampFormat(String label) {
        this.label = label;
    }

    /**
     * @param timestampNanos the payload's time, nanoseconds since the epoch
     * @param startNanos     the capture's first payload time (for {@link #SINCE_START})
     * @param previousNanos  the previous shown payload's time (for {@link #DELTA}); pass
     *                       {@code timestampNanos} itself for the first row
     * @param zone           the time zone of {@link #ABSOLUTE}
     */
    public String format(long timestampNanos, long startNanos, long previousNanos, ZoneId zone) {
        return switch (this) {
            case ABSOLUTE -> DATE_TIME.format(Instant.ofEpochSecond(0, timestampNanos).atZone(zone));
            case SINCE_START -> seconds(timestampNanos - startNanos);
            case DELTA -> seconds(timestampNanos - previousNanos);
        };
    }

    /** {@code 1.000000250}, {@code -0.000001000}. */
    static String seconds(long nanos) {
        long magnitude = Math.abs(nanos);
        String fraction = Long.toString(magnitude % NANOS_PER_SECOND);
        return (nanos < 0 ? "-" : "") + magnitude / NANOS_PER_SECOND + "." + "0".repeat(9 - fraction.length()) + fraction;
    }

    @Override
    public String toString() {
        return label;
    }
}
