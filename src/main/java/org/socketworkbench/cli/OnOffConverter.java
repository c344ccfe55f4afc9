package org.socketworkbench.cli;

import picocli.CommandLine;

/**
 * {@code on} or {@code off}, for switches that have a default either way ({@code --loopback off}).
 * It converts to {@link Switch}, not to boolean: picocli treats boolean options as flags.
 */
public final class OnOffConverter implements CommandLine.ITypeConverter<OnOffConverter.Switch> {

    /** A switch given as on or off. */
    public enum Switch {
        ON, OFF;

        public boolean isOn() {
            return this == ON;
        }
    }

    @Override
    public Switch convert(String value) {
        return switch (value) {
            case "on" -> Switch.ON;
            case "off" -> Switch.OFF;
            default -> throw OptionValueException.of(CliText.onOrOff(value));
        };
    }
}
