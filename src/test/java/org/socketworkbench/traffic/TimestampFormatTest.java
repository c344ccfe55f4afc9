package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimestampFormatTest {

    private static final long T = TrafficEvents.T0;

    @Test
    void absoluteShowsDateAndNanosecondsInTheGivenZone() {
        assertEquals("2025-01-02 03:04:05.000000006", TimestampFormat.ABSOLUTE.format(T, 0, 0, ZoneOffset.UTC));
        assertEquals("2025-01-02 04:04:05.000000006", TimestampFormat.ABSOLUTE.format(T, 0, 0, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void timeOfDayShowsMicrosecondsInTheGivenZone() {
        assertEquals("03:04:05.000000", TimestampFormat.TIME_OF_DAY.format(T, 0, 0, ZoneOffset.UTC));
        assertEquals("04:04:05.000123", TimestampFormat.TIME_OF_DAY.format(T + 123_000, 0, 0, ZoneId.of("Europe/Berlin")));
    }

    /** A column sized by the sample holds every value of the format within a day of the start. */
    @Test
    void eachFormatsWidestSampleIsAsLongAsItsValues() {
        long dayLater = T + 86_399_999_999_999L;
        for (TimestampFormat format : TimestampFormat.values()) {
            assertEquals(format.widestSample().length(), format.format(dayLater, T, T, ZoneOffset.UTC).length(),
                    format.name());
        }
    }

    @Test
    void sinceStartCountsSecondsFromTheCapturesFirstPayload() {
        assertEquals("12.000123456", TimestampFormat.SINCE_START.format(T + 12_000_123_456L, T, 0, ZoneOffset.UTC));
        assertEquals("0.000000000", TimestampFormat.SINCE_START.format(T, T, 0, ZoneOffset.UTC));
    }

    @Test
    void deltaCountsFromThePreviousPayloadAndShowsNegativeGaps() {
        assertEquals("0.000004000", TimestampFormat.DELTA.format(T + 4_000, T + 5, T, ZoneOffset.UTC));
        assertEquals("-0.000001000", TimestampFormat.DELTA.format(T, 0, T + 1_000, ZoneOffset.UTC));
        assertEquals("3.500000000", TimestampFormat.DELTA.format(T + 3_500_000_000L, 0, T, ZoneOffset.UTC));
    }

    @Test
    void modesHaveReadableNames() {
        assertEquals("Delta from previous", TimestampFormat.DELTA.toString());
    }
}
