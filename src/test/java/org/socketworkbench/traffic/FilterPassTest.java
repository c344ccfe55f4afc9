package org.socketworkbench.traffic;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilterPassTest {

    private final TrafficCapture capture = new TrafficCapture();

    FilterPassTest() {
        for (int i = 0; i < 20_000; i++) {
            capture.append(TrafficEvents.tcp(i % 4 + 1, i % 2 == 0 ? Direction.OUT : Direction.IN, "p" + i));
        }
    }

    @Test
    void keepsTheMatchesOldestFirstUpToTheGivenSequence() {
        TrafficFilter socket2 = new TrafficFilter(SocketIdSet.of(2), null, "", new byte[0]);
        List<CapturedPayload> kept = new FilterPass(socket2, 10_000, Integer.MAX_VALUE).run(capture.snapshot());
        List<Long> expected = capture.snapshot().stream()
                .filter(p -> p.sequence() <= 10_000 && socket2.test(p)).map(CapturedPayload::sequence).toList();
        assertEquals(2_500, expected.size());
        assertEquals(expected, sequences(kept));
    }

    @Test
    void keepsOnlyTheNewestMatchesAndStopsLookingOnceItHasThem() {
        List<CapturedPayload> looked = new ArrayList<>();
        List<CapturedPayload> kept = new FilterPass(p -> looked.add(p), Long.MAX_VALUE, 3).run(capture.snapshot());
        assertEquals(List.of(19_998L, 19_999L, 20_000L), sequences(kept));
        assertEquals(3, looked.size(), "a filter matching everything ends after the newest three");
    }

    @Test
    void reportsProgressWhileItRunsAndOneAtTheEnd() {
        List<Double> seen = new ArrayList<>();
        AtomicReference<FilterPass> pass = new AtomicReference<>();
        pass.set(new FilterPass(p -> {
            seen.add(pass.get().progress());
            return false;
        }, Long.MAX_VALUE, 10));
        pass.get().run(capture.snapshot());
        assertEquals(0.0, seen.getFirst());
        assertTrue(seen.contains((double) FilterPass.CHECK_EVERY / 20_000), "progress moves every few thousand payloads");
        assertTrue(seen.getLast() < 1.0);
        assertEquals(1.0, pass.get().progress());
    }

    @Test
    void aCancelledPassEndsEarlyWithNothing() {
        List<CapturedPayload> looked = new ArrayList<>();
        AtomicReference<FilterPass> pass = new AtomicReference<>();
        pass.set(new FilterPass(p -> {
            looked.add(p);
            if (looked.size() == 10) {
                pass.get().cancel();
            }
            return true;
        }, Long.MAX_VALUE, Integer.MAX_VALUE));
        assertEquals(List.of(), pass.get().run(capture.snapshot()));
        assertEquals(FilterPass.CHECK_EVERY, looked.size(), "it stops at the next check");
        assertTrue(pass.get().isCancelled());
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FilterPass(TrafficFilter.ALL, 0, -1));
    }

    private static List<Long> sequences(List<CapturedPayload> payloads) {
        return payloads.stream().map(CapturedPayload::sequence).toList();
    }
}
