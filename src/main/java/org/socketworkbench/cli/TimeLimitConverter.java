package org.socketworkbench.cli;

import picocli.CommandLine;

import java.time.Duration;

/**
 * A time limit in seconds where {@code 0} means no limit, as for coreutils' {@code timeout}
 * (whose exit code 124 {@code run} shares): 0, or 0.001 to a year. Anything else is refused with
 * that whole range in the message. {@code 0} converts to {@link Duration#ZERO}.
 */
public final class TimeLimitConverter implements CommandLine.ITypeConverter<Duration> {

    @Override
    public Duration convert(String value) {
        if (SecondsConverter.number(value).signum() == 0) {
            return Duration.ZERO;
        }
        try {
            return SecondsConverter.parse(value);
        } catch (OptionValueException e) {
            throw OptionValueException.of(CliText.outsideTimeLimit(value, SecondsConverter.MAX_SECONDS));
        }
    }
}
