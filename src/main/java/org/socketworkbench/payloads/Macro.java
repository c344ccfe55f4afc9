package org.socketworkbench.payloads;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The macros a template may contain, written {@code {{NAME}}} or {@code {{NAME:argument}}}. */
public enum Macro {
    COUNTER("the send's counter value in decimal (per send job: start, step)"),
    RANDOM("random bytes: {{RANDOM}} one, {{RANDOM:n}} n (1..65535)"),
    UUID("a random UUID as text (36 characters)"),
    DATE("the local date, yyyy-MM-dd, or {{DATE:pattern}} (java.time pattern)"),
    TIME("the local time, HH:mm:ss, or {{TIME:pattern}}"),
    UNIXTIME("seconds since 1970-01-01T00:00Z, in decimal"),
    UNIXTIME_MS("milliseconds since 1970-01-01T00:00Z, in decimal"),
    HOST("this machine's host name"),
    CRC16_MODBUS("CRC-16/MODBUS of the bytes before it, low byte first"),
    CRC16_CCITT("CRC-16/CCITT-FALSE of the bytes before it, high byte first"),
    CRC32("CRC-32 of the bytes before it, high byte first"),
    XOR8("XOR of the bytes before it, one byte"),
    SUM8("sum of the bytes before it modulo 256, one byte");

    private final String description;

    Macro(String description) {
        this.description = description;
    }

    /** One line for help texts and the editor. */
    public String description() {
        return description;
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
