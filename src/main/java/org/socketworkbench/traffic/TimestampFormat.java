package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the traffic view shows when a payload was seen. */
public enum TimestampFormat {
    /**
     * Local time of day to the microsecond: {@code 14:02:03.123456}. The default: short enough for
     * the time column of a traffic pane on a 1366-pixel screen, where the date and nanoseconds were
     * cut to "2026-1...".
     */
    TIME_OF_DAY,
    /** Local date and time to the nanosecond: {@code 2025-03-01 14:02:03.123456789}. */
    ABSOLUTE,
    /** Seconds since the first payload of the capture: {@code 12.000123456}. */
    SINCE_START,
    /** Seconds since the previous payload shown: {@code 0.000004000}. */
    DELTA;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS"); // i18n-ok: a time pattern
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS"); // i18n-ok: a time pattern
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    /**
     * @param timestampNanos the payload's time, nanoseconds since the epoch
     * @param startNanos     the capture's first payload time (for {@link #SINCE_START})
     * @param previousNanos  the previous shown payload's time (for {@link #DELTA}); pass
     *                       {@code timestampNanos} itself for the first row
     * @param zone           the time zone of {@link #TIME_OF_DAY} and {@link #ABSOLUTE}
     */
    public String format(long timestampNanos, long startNanos, long previousNanos, ZoneId zone) {
        return switch (this) {
            case TIME_OF_DAY -> TIME.format(Instant.ofEpochSecond(0, timestampNanos).atZone(zone));
            case ABSOLUTE -> DATE_TIME.format(Instant.ofEpochSecond(0, timestampNanos).atZone(zone));
            case SINCE_START -> seconds(timestampNanos - startNanos);
            case DELTA -> seconds(timestampNanos - previousNanos);
        };
    }

    /** The widest text this format shows for times within a day of the capture's start, to size a column by. */
    public String widestSample() {
        return switch (this) {
            case TIME_OF_DAY -> "00:00:00.000000";
            case ABSOLUTE -> "0000-00-00 00:00:00.000000000";
            case SINCE_START, DELTA -> "00000.000000000";
        };
    }

    /** {@code 1.000000250}, {@code -0.000001000}. */
    static String seconds(long nanos) {
        long magnitude = Math.abs(nanos);
        String fraction = Long.toString(magnitude % NANOS_PER_SECOND);
        return (nanos < 0 ? "-" : "") + magnitude / NANOS_PER_SECOND + "." + "0".repeat(9 - fraction.length()) + fraction;
    }

    /** The bundle key of this constant's text; saved files keep {@link #name()}. */
    public String textKey() {
        return "traffic.timestampFormat." + name();
    }

    /** The constant's text in the current language. */
    @Override
    public String toString() {
        return Texts.get(textKey());
    }
}
