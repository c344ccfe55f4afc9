package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProbeRateTest {

    @Test
    void ratesPrintAsTheUserWroteThem() {
        assertEquals("0.5/s", ProbeRate.parse("0.5").toString());
        assertEquals("100/s", ProbeRate.parse("100.000").toString());
        assertEquals(10_000_000, ProbeRate.parse("1000").intervalNanos() * 10);
    }

    @Test
    void fractionsOfAThousandthAreRounded() {
        assertEquals(new ProbeRate(1), ProbeRate.parse("0.0014"));
        assertEquals(new ProbeRate(1_000_000_000), ProbeRate.parse("1e6"));
    }
}
