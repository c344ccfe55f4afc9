package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relay form's values: what they make, and what is refused with its range. */
class RelayFormTest {

    private static Map<String, String> form(String... keysAndValues) {
        Map<String, String> values = new HashMap<>(RelayForm.defaults());
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return values;
    }

    @Test
    void aFilledFormMakesEndpointsAndSettings() {
        RelayForm.Outcome outcome = RelayForm.read(form(RelayForm.PROTOCOL, "udp", RelayForm.TARGET_PORT, "53",
                RelayForm.DROP, "10", RelayForm.SEED, "42", RelayForm.DIRECTION, "client→server"));
        assertTrue(outcome.ok(), outcome.problems()::toString);
        assertEquals(new RelayEndpoints(RelayProtocol.UDP, "127.0.0.1", 0, "127.0.0.1", 53), outcome.endpoints().orElseThrow());
        RelaySettings settings = outcome.settings().orElseThrow();
        assertEquals(10, settings.toServer().dropPercent());
        assertEquals(Impairments.NONE, settings.toClient());
        assertEquals(42, settings.seed());
    }

    @Test
    void closeAfterAndResetAreImpairmentsAndANegativeLimitIsRefused() {
        RelaySettings settings = RelayForm.read(form(RelayForm.TARGET_PORT, "80", RelayForm.CLOSE_AFTER_BYTES, "1000",
                RelayForm.CLOSE_AFTER_MS, "2500", RelayForm.RESET, "true")).settings().orElseThrow();
        assertEquals(1000, settings.toServer().closeAfterBytes());
        assertEquals(2500, settings.toClient().closeAfterMs());
        assertTrue(settings.toServer().resetOnClose());
        RelayForm.Outcome refused = RelayForm.read(form(RelayForm.TARGET_PORT, "80", RelayForm.CLOSE_AFTER_BYTES, "-1"));
        assertFalse(refused.ok());
        assertTrue(refused.problems().getFirst().startsWith("close after -1 bytes is out of range: 0 to"),
                refused.problems()::toString);
    }

    @Test
    void theTlsFieldsMakeARequestAndRefuseWhatCannotWork() {
        String pin = "ab".repeat(32);
        RelayForm.Outcome outcome = RelayForm.read(form(RelayForm.TARGET_PORT, "443",
                RelayForm.TLS_LISTEN, "self-signed", RelayForm.TLS_NAMES, "localhost, 127.0.0.1",
                RelayForm.TLS_TARGET, "true", RelayForm.TRUST_PINS, pin, RelayForm.TLS_ALPN, "h2, http/1.1"));
        assertTrue(outcome.ok(), outcome.problems()::toString);
        RelayTlsRequest tls = outcome.tls().orElseThrow();
        assertEquals(List.of("h2", "http/1.1"), tls.alpn());
        assertEquals(List.of("localhost", "127.0.0.1"), tls.listen().names());
        assertTrue(tls.target());
        assertEquals(java.util.Set.of(org.socketworkbench.engine.TlsClientOptions.normalizeFingerprint(pin)),
                tls.targetPins());
        assertEquals(null, RelayForm.read(form(RelayForm.TARGET_PORT, "443")).tls().orElseThrow().listen());

        assertEquals(List.of(Texts.get(RelayMessages.PINS_WITHOUT_TARGET_TLS)),
                RelayForm.read(form(RelayForm.TARGET_PORT, "443", RelayForm.TRUST_PINS, pin)).problems());
        assertEquals(List.of(Texts.get(RelayMessages.BAD_PIN, "AB:CD")),
                RelayForm.read(form(RelayForm.TARGET_PORT, "443", RelayForm.TLS_TARGET, "true",
                        RelayForm.TRUST_PINS, "AB:CD")).problems());
        assertEquals(List.of(Texts.get(RelayMessages.UDP_TLS)), RelayForm.read(form(RelayForm.PROTOCOL, "udp",
                RelayForm.TARGET_PORT, "53", RelayForm.TLS_LISTEN, "PEM files")).problems());
    }

    @Test
    void outOfRangeAndNonNumbersAreRefusedWithTheRange() {
        RelayForm.Outcome outcome = RelayForm.read(form(RelayForm.TARGET_PORT, "", RelayForm.LATENCY, "99999999999",
                RelayForm.DROP, "lots"));
        assertFalse(outcome.ok());
        assertEquals(List.of("target port 0 is out of range: 1 to 65535", "drop \"lots\" is not a number"),
                outcome.problems());
        RelayForm.Outcome live = RelayForm.readSettings(form(RelayForm.LATENCY, "99999999999", RelayForm.CORRUPT, "101"));
        assertEquals(List.of("latency 2147483647 ms is out of range: 0 to 60000 ms; corrupt 101 % is out of range: 0 to 100 %"),
                live.problems());
    }
}
