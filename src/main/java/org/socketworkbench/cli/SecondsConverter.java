package org.socketworkbench.cli;

import picocli.CommandLine;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * A duration in seconds, decimals allowed ({@code 2.5}), from a millisecond to a year: the one
 * parser of every duration option ({@code probe --duration}, {@code --every}, and through
 * {@link TimeLimitConverter} {@code run --timeout}).
 */
public final class SecondsConverter implements CommandLine.ITypeConverter<Duration> {

    /** The longest duration: a year (366 days). */
    public static final long MAX_SECONDS = 366L * 24 * 3600;
    private static final long MIN_NANOS = 1_000_000;

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        BigDecimal seconds = number(value);
        if (seconds.signum() <= 0) {
            throw OptionValueException.of(CliText.notPositive(value));
        }
        if (seconds.compareTo(BigDecimal.valueOf(MAX_SECONDS)) > 0) {
            throw OptionValueException.of(CliText.overAYear(value, MAX_SECONDS));
        }
        long nanos = seconds.movePointRight(9).longValue();
        if (nanos < MIN_NANOS) {
            throw OptionValueException.of(CliText.underAMillisecond(value));
        }
        return Duration.ofNanos(nanos);
    }

    static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw OptionValueException.of(CliText.notSeconds(value));
        }
    }
}
