package org.socketworkbench.cli;

import picocli.CommandLine;

/**
 * A whole number within a range. An option names its range with a small subclass (picocli
 * creates converters from their class), e.g. {@code Ttl extends IntRangeConverter { Ttl() { super(0, 255); } }}.
 */
public abstract class IntRangeConverter implements CommandLine.ITypeConverter<Integer> {

    private final int min;
    private final int max;

    protected IntRangeConverter(int min, int max) {
        this.min = min;
        this.max = max;
    }

    @Override
    public Integer convert(String value) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw OptionValueException.of(CliText.notAWholeNumber(value));
        }
        if (parsed < min || parsed > max) {
            throw OptionValueException.of(CliText.outside(parsed, min, max));
        }
        return parsed;
    }
}
