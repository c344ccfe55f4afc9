package org.socketworkbench.payloads;

import org.socketworkbench.i18n.Texts;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The macros a template may contain, written {@code {{NAME}}} or {@code {{NAME:argument}}}. */
public enum Macro {
    COUNTER,
    RANDOM,
    UUID,
    DATE,
    TIME,
    UNIXTIME,
    UNIXTIME_MS,
    HOST,
    CRC16_MODBUS,
    CRC16_CCITT,
    CRC32,
    XOR8,
    SUM8;

    /** One line for help texts and the editor, in the current language. */
    public String description() {
        return Texts.get("composer.macro." + name());
    }

    /** The checksum this macro appends, if it is one. */
    public Optional<Checksum> checksum() {
        return Arrays.stream(Checksum.values()).filter(c -> c.name().equals(name())).findFirst();
    }

    static Optional<Macro> named(String name) {
        return Arrays.stream(values()).filter(m -> m.name().equals(name)).findFirst();
    }

    /** "COUNTER, RANDOM, ..." for error messages. */
    static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
