package org.socketworkbench.multicast;

import org.socketworkbench.cli.OptionValueException;
import picocli.CommandLine;

/** A {@code --rate} in packets/s on any command line, read by {@link ProbeRate#parse}, the one rate parser. */
public final class ProbeRateConverter implements CommandLine.ITypeConverter<ProbeRate> {

    @Override
    public ProbeRate convert(String value) {
        try {
            return ProbeRate.parse(value);
        } catch (IllegalArgumentException e) {
            throw OptionValueException.labelled(e.getMessage());
        }
    }
}
