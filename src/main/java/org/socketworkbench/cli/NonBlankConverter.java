package org.socketworkbench.cli;

import picocli.CommandLine;

/** A name that must not be empty ({@code --iface=} is refused rather than meaning the default). */
public class NonBlankConverter implements CommandLine.ITypeConverter<String> {

    @Override
    public String convert(String value) {
        if (value.isBlank()) {
            throw OptionValueException.of(CliText.needsNonEmpty());
        }
        return value;
    }
}
