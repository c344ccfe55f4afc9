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

    /** What the bash completion offers: the words the converter takes (not the enum's names). */
    public static final class Words extends java.util.ArrayList<String> {
        public Words() {
            super(java.util.List.of("on", "off"));
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
