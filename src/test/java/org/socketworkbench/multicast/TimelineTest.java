package org.socketworkbench.multicast;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.socketworkbench.multicast.FakeClock.MS;
import static org.socketworkbench.multicast.SlotState.DUPLICATE;
import static org.socketworkbench.multicast.SlotState.LATE;
import static org.socketworkbench.multicast.SlotState.MISSING;
import static org.socketworkbench.multicast.SlotState.RECEIVED;
import static org.socketworkbench.multicast.SlotState.REORDERED;
import static org.socketworkbench.multicast.SlotState.SILENT;

class TimelineTest {

    private static final long INTERVAL = 10 * MS;

    private final Timeline timeline = new Timeline(600);

    @Test
    void everyProbeInOrderIsAReceivedSlot() {
        receive(0, 0, Arrival.FIRST);
        receive(1, 10, Arrival.IN_ORDER);
        receive(2, 20, Arrival.IN_ORDER);
        assertEquals(List.of(RECEIVED, RECEIVED, RECEIVED), timeline.snapshot());
    }

    @Test
    void skippedNumbersAreMissingSlotsAndAReorderedProbeMarksItsSlot() {
        receive(0, 0, Arrival.FIRST);
        receive(3, 10, Arrival.AHEAD);
        assertEquals(List.of(RECEIVED, MISSING, MISSING, RECEIVED), timeline.snapshot());
        receive(2, 11, Arrival.REORDERED);
        assertEquals(List.of(RECEIVED, MISSING, REORDERED, RECEIVED), timeline.snapshot());
    }

    @Test
    void aDuplicateMarksItsSlotInsteadOfAddingOne() {
        receive(0, 0, Arrival.FIRST);
        receive(1, 10, Arrival.IN_ORDER);
        receive(2, 20, Arrival.IN_ORDER);
        receive(1, 21, Arrival.DUPLICATE);
        receive(1, 21, Arrival.STALE);
        assertEquals(List.of(RECEIVED, DUPLICATE, RECEIVED), timeline.snapshot());
    }

    @Test
    void silenceKeepsAddingSlotsOnTheClockAndAResumedStreamIsLate() {
        for (int seq = 0; seq < 5; seq++) {
            receive(seq, seq * 10, seq == 0 ? Arrival.FIRST : Arrival.IN_ORDER);
        }
        timeline.tick(59 * MS, INTERVAL);
        assertEquals(5, timeline.snapshot().size(), "19 ms after the last probe is not silence yet");
        timeline.tick(60 * MS, INTERVAL);
        assertEquals(6, timeline.snapshot().size(), "20 ms (2 intervals) is");
        timeline.tick(100 * MS, INTERVAL);
        timeline.tick(100 * MS, INTERVAL);
        receive(5, 105, Arrival.LATE);
        assertEquals(strip(RECEIVED, 5, SILENT, 5, LATE, 1), timeline.snapshot());
    }

    @Test
    void silentSlotsBecomeMissingWhenTheSequenceShowsProbesWereLostThere() {
        for (int seq = 0; seq < 5; seq++) {
            receive(seq, seq * 10, seq == 0 ? Arrival.FIRST : Arrival.IN_ORDER);
        }
        timeline.tick(100 * MS, INTERVAL);
        receive(8, 105, Arrival.AHEAD);
        assertEquals(strip(RECEIVED, 5, MISSING, 3, SILENT, 2, RECEIVED, 1), timeline.snapshot());
        receive(6, 106, Arrival.REORDERED);
        assertEquals(REORDERED, timeline.snapshot().get(6));
    }

    @Test
    void aJumpLongerThanTheSilenceAddsTheRestAsMissing() {
        receive(0, 0, Arrival.FIRST);
        receive(5, 30, Arrival.AHEAD);
        assertEquals(strip(RECEIVED, 1, MISSING, 4, RECEIVED, 1), timeline.snapshot(),
                "the 30 ms pause made 2 silent slots; they stand for 1 and 2, then 3 and 4 follow");
    }

    @Test
    void arrivalsCatchUpOnSilenceEvenWithoutTicks() {
        receive(0, 0, Arrival.FIRST);
        receive(1, 50, Arrival.LATE);
        assertEquals(strip(RECEIVED, 1, SILENT, 4, LATE, 1), timeline.snapshot());
    }

    @Test
    void aSenderThatSaidGoodbyeGrowsNoSilence() {
        receive(0, 0, Arrival.FIRST);
        timeline.end();
        timeline.tick(10_000 * MS, INTERVAL);
        assertEquals(List.of(RECEIVED), timeline.snapshot());
    }

    @Test
    void anUnknownIntervalGrowsNoSilence() {
        receive(0, 0, Arrival.FIRST);
        timeline.tick(10_000 * MS, 0);
        assertEquals(List.of(RECEIVED), timeline.snapshot());
    }

    @Test
    void theStripKeepsOnlyTheNewestSlots() {
        Timeline short10 = new Timeline(10);
        short10.record(0, Arrival.FIRST, 0, INTERVAL);
        for (int seq = 1; seq < 25; seq++) {
            short10.record(seq, Arrival.IN_ORDER, seq * INTERVAL, INTERVAL);
        }
        short10.record(1_000_000, Arrival.AHEAD, 25 * INTERVAL, INTERVAL);
        assertEquals(strip(MISSING, 9, RECEIVED, 1), short10.snapshot());
        short10.record(999_999, Arrival.REORDERED, 25 * INTERVAL, INTERVAL);
        short10.record(5, Arrival.DUPLICATE, 25 * INTERVAL, INTERVAL);
        assertEquals(strip(MISSING, 8, REORDERED, 1, RECEIVED, 1), short10.snapshot());
    }

    @Test
    void aLongSilenceOnAShortStripConvertsOnlyTheVisibleSlots() {
        Timeline short10 = new Timeline(10);
        short10.record(0, Arrival.FIRST, 0, INTERVAL);
        short10.tick(510 * MS, INTERVAL);
        assertEquals(strip(SILENT, 10), short10.snapshot());
        short10.record(46, Arrival.AHEAD, 515 * MS, INTERVAL);
        assertEquals(strip(MISSING, 4, SILENT, 5, RECEIVED, 1), short10.snapshot(),
                "50 silent slots, the first 45 stand for 1-45; of the visible 10, 5 turn missing");
    }

    @Test
    void aRestartStartsAFreshRunOnTheStrip() {
        receive(0, 0, Arrival.FIRST);
        receive(500, 10, Arrival.AHEAD);
        receive(0, 20, Arrival.RESTART);
        receive(0, 21, Arrival.DUPLICATE);
        assertEquals(DUPLICATE, timeline.snapshot().getLast());
    }

    @Test
    void theCapacityMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new Timeline(0));
    }

    private void receive(long seq, long atMillis, Arrival arrival) {
        timeline.record(seq, arrival, atMillis * MS, INTERVAL);
    }

    private static List<SlotState> strip(Object... stateAndCount) {
        List<SlotState> slots = new ArrayList<>();
        for (int i = 0; i < stateAndCount.length; i += 2) {
            slots.addAll(Collections.nCopies((Integer) stateAndCount[i + 1], (SlotState) stateAndCount[i]));
        }
        return slots;
    }
}
