package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Sync;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What the contract says a callback receives: the payload (Java's shape, §java-api: {@code null}
 * where Chrome passes nothing) and the lastError text, or no lastError at all.
 *
 * @param value     the expected payload; payload records compare their bytes
 * @param lastError the exact lastError text, or null when lastError must be absent
 */
record Outcome<T>(T value, String lastError) {

    /** A payload with no lastError. */
    static <T> Outcome<T> of(T value) {
        return new Outcome<>(value, null);
    }

    /** A payload with this exact lastError. */
    static <T> Outcome<T> of(T value, String lastError) {
        return new Outcome<>(value, lastError);
    }

    void assertMatches(Sync.Result<T> actual) {
        assertEquals(value, actual.value(), "callback argument");
        assertEquals(Optional.ofNullable(lastError), actual.lastError(), "lastError inside the callback");
    }

    /** Shorthand: {@code assertOutcome(result, -104, null)}. */
    static <T> void assertOutcome(Sync.Result<T> actual, T value, String lastError) {
        new Outcome<>(value, lastError).assertMatches(actual);
    }
}
