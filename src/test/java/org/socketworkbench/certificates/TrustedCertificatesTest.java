package org.socketworkbench.certificates;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A trusted certificate is a pin for one HOST:PORT, never more. */
class TrustedCertificatesTest {

    private static final String PIN = "AB".repeat(32);

    @Test
    void aPinAppliesToItsEndpointOnlyAndChangesAreReported() {
        List<List<TrustedCertificate>> reported = new ArrayList<>();
        TrustedCertificates trusted = new TrustedCertificates();
        trusted.onChange(reported::add);
        TrustedCertificate pin = new TrustedCertificate("Example.ORG", 443, PIN.toLowerCase(), "CN=example.org");
        trusted.trust(pin);
        trusted.trust(pin);

        String normalized = String.join(":", PIN.split("(?<=\\G..)"));
        assertEquals(Set.of(normalized), trusted.pinsFor("example.org", 443));
        assertEquals(Set.of(), trusted.pinsFor("example.org", 8443));
        assertEquals(Set.of(), trusted.pinsFor("other.example", 443));
        assertEquals(1, reported.size(), "trusting the same certificate twice is one change");

        trusted.remove(pin);
        assertEquals(Set.of(), trusted.pinsFor("example.org", 443));
        assertEquals(List.of(), reported.getLast());
    }

    @Test
    void aFingerprintMustBeSha256() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedCertificate("localhost", 1, "abcd", ""));
    }
}
