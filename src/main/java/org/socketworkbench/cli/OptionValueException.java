package org.socketworkbench.cli;

import picocli.CommandLine;

/**
 * A value an option cannot take, thrown by the converters of this package and of the commands.
 * The message is written to follow the option's name, so that one converter serves every option
 * of its type: {@code --ttl} + {@code " 256 is outside 0..255"}, or, for a message complete in
 * itself, {@code --rate} + {@code ": rate 0 must be ..."}.
 */
public final class OptionValueException extends CommandLine.TypeConversionException {

    private final String separator;
    private final String phrase;

    private OptionValueException(String separator, String phrase) {
        super(phrase);
        this.separator = separator;
        this.phrase = phrase;
    }

    /** A phrase that reads on from the option's name: "256 is outside 0..255". */
    public static OptionValueException of(String phrase) {
        return new OptionValueException(" ", phrase);
    }

    /** A message complete in itself, labelled with the option's name: "rate 0 must be ...". */
    public static OptionValueException labelled(String message) {
        return new OptionValueException(": ", message);
    }

    /** The whole message for the option called {@code optionName}. */
    public String forOption(String optionName) {
        return optionName + separator + phrase;
    }
}
