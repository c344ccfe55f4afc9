package org.socketworkbench.relay;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Values out of range are refused, each named with its allowed range. */
class ImpairmentsTest {

    @Test
    void outOfRangeValuesAreRefusedWithTheirRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Impairments.builder().latency(70_000, 0).drop(101).build());
        assertEquals("latency 70000 ms is out of range: 0 to 60000 ms; drop 101 % is out of range: 0 to 100 %",
                e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Impairments.builder().drop(Double.NaN).build());
        assertThrows(IllegalArgumentException.class, () -> Impairments.builder().bandwidth(-1).build());
        assertThrows(IllegalArgumentException.class, () -> Impairments.builder().slice(65_537, 0).build());
        assertThrows(IllegalArgumentException.class, () -> Impairments.builder().corrupt(-0.5).build());
        assertThrows(IllegalArgumentException.class,
                () -> new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 70_000, "x", 1));
    }

    @Test
    void theEdgesAreAllowed() {
        Impairments edges = Impairments.builder().latency(60_000, 60_000).drop(100).duplicate(0)
                .slice(65_536, 60_000).bandwidth(1).build();
        assertEquals(edges, edges.toBuilder().build());
        assertTrue(Impairments.NONE.isNone());
    }
}
