package org.socketworkbench.ui.relay;

import org.junit.jupiter.api.Test;
import org.socketworkbench.relay.RelayTotals;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The live throughput: measured over windows of a second or more, whatever the pulse's pace. */
class RelayRatesTest {

    private static final long MS = 1_000_000L;

    @Test
    void theRateIsMeasuredOverAWindowNotPerPulse() {
        RelayRates meter = new RelayRates();
        meter.sample(new RelayTotals(0, 0, 1, 1), 0);
        meter.sample(new RelayTotals(400, 100, 1, 1), 250 * MS);
        assertEquals(0, meter.toServerRate(), "a quarter of a second is not a window yet");
        assertEquals(400, meter.totals().bytesToServer(), "the totals are always the latest");
        meter.sample(new RelayTotals(2000, 500, 1, 1), 1000 * MS);
        assertEquals(2000, meter.toServerRate(), 1e-9);
        assertEquals(500, meter.toClientRate(), 1e-9);
        meter.sample(new RelayTotals(2000, 500, 0, 1), 2000 * MS);
        assertEquals(0, meter.toServerRate(), 1e-9, "nothing flowed in the last second");
        assertEquals("client→server 2.0 KiB (0 B/s) · server→client 500 B (0 B/s) · connections 0 open, 1 in all",
                RelayViewModel.figuresText(meter));
        meter.reset();
        assertEquals(RelayTotals.NONE, meter.totals());
    }
}
