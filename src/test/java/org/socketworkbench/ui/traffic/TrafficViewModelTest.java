package org.socketworkbench.ui.traffic;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.traffic.CaptureLimits;
import org.socketworkbench.traffic.CapturedPayload;
import org.socketworkbench.traffic.HexDump;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.SocketIdSet;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;
import org.socketworkbench.traffic.TrafficEvents;
import org.socketworkbench.traffic.TrafficFilter;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view model driven pulse by pulse (no FX toolkit needed: properties and lists only). */
class TrafficViewModelTest {

    private static final long SECOND = 1_000_000_000L;

    private final TrafficCapture capture = new TrafficCapture(new CaptureLimits(5, Long.MAX_VALUE));
    private final ThroughputMeter meter = new ThroughputMeter(10);
    private long now = TrafficEvents.T0;
    private final TrafficViewModel model = new TrafficViewModel(capture, meter, () -> now, false);

    TrafficViewModelTest() {
        capture.addListener(meter);
    }

    @Test
    void aPulseTakesNewPayloadsIntoTheView() {
        append(1, Direction.OUT, "a");
        append(1, Direction.IN, "b");
        assertTrue(model.rows().isEmpty(), "nothing moves before a pulse");
        assertTrue(model.pulse());
        assertEquals(List.of(1L, 2L), sequences());
        assertEquals("2 payloads, 0 dropped (cap 5 payloads / 8388608 TiB)", model.statusProperty().get());
        assertEquals(TrafficEvents.T0, model.startNanosProperty().get());
    }

    @Test
    void rowsTheCaptureDroppedLeaveTheView() {
        for (int i = 0; i < 4; i++) {
            append(1, Direction.OUT, "x" + i);
        }
        model.pulse();
        for (int i = 0; i < 3; i++) {
            append(1, Direction.OUT, "y" + i);
        }
        model.pulse();
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L), sequences());
        assertTrue(model.statusProperty().get().startsWith("5 payloads, 2 dropped"), model.statusProperty().get());
    }

    @Test
    void oneBigBacklogIsTakenInSeveralPulses() {
        TrafficCapture big = new TrafficCapture();
        TrafficViewModel bigModel = new TrafficViewModel(big, meter, () -> now, false);
        for (int i = 0; i < TrafficViewModel.MAX_ROWS_PER_PULSE + 10; i++) {
            big.append(TrafficEvents.tcp(1, Direction.OUT, "x"));
        }
        assertTrue(bigModel.pulse());
        assertEquals(TrafficViewModel.MAX_ROWS_PER_PULSE, bigModel.rows().size());
        assertTrue(bigModel.pulse());
        assertEquals(TrafficViewModel.MAX_ROWS_PER_PULSE + 10, bigModel.rows().size());
    }

    @Test
    void aFilterNarrowsTheViewAndAppliesToNewRows() {
        append(1, Direction.OUT, "hello");
        append(2, Direction.IN, "world");
        model.pulse();
        model.setFilter(new TrafficFilter(SocketIdSet.of(2), null, "", new byte[0]));
        assertEquals(List.of(2L), sequences());
        append(1, Direction.OUT, "more");
        append(2, Direction.OUT, "more");
        model.pulse();
        assertEquals(List.of(2L, 4L), sequences());
        assertTrue(model.statusProperty().get().endsWith("\u00b7 2 shown"), model.statusProperty().get());
        model.setFilter(TrafficFilter.parse("", null, "", "6d 6f", PayloadFormat.HEX));
        assertEquals(List.of(3L, 4L), sequences());
        model.setFilter(TrafficFilter.ALL);
        assertEquals(List.of(1L, 2L, 3L, 4L), sequences());
    }

    @Test
    void aFilterRunsInTheBackgroundAndANewOneCancelsTheOneStillRunning() {
        List<Runnable> background = new ArrayList<>();
        TrafficViewModel slow = new TrafficViewModel(capture, meter, () -> now, false, background::add);
        append(1, Direction.OUT, "a");
        append(2, Direction.OUT, "b");
        append(1, Direction.OUT, "c");
        slow.pulse();
        slow.setFilter(new TrafficFilter(SocketIdSet.of(2), null, "", new byte[0]));
        assertTrue(slow.filteringProperty().get());
        assertEquals(0.0, slow.filterProgressProperty().get());
        assertEquals(3, slow.rows().size(), "the old rows stay until the pass is done");
        slow.setFilter(new TrafficFilter(SocketIdSet.of(1), null, "", new byte[0]));
        assertEquals(2, background.size());

        background.get(0).run();
        append(1, Direction.OUT, "d");
        assertTrue(slow.pulse(), "still filtering");
        assertEquals(List.of(1L, 2L, 3L), sequences(slow), "the cancelled pass shows nothing, and no new row comes in meanwhile");
        assertTrue(slow.filteringProperty().get());

        background.get(1).run();
        slow.pulse();
        assertFalse(slow.filteringProperty().get());
        assertEquals(1.0, slow.filterProgressProperty().get());
        assertEquals(List.of(1L, 3L, 4L), sequences(slow), "the pass's rows, then the new ones, filtered");
    }

    @Test
    void clearingCancelsARunningFilter() {
        List<Runnable> background = new ArrayList<>();
        TrafficViewModel slow = new TrafficViewModel(capture, meter, () -> now, false, background::add);
        append(2, Direction.OUT, "a");
        slow.pulse();
        slow.setFilter(new TrafficFilter(SocketIdSet.of(2), null, "", new byte[0]));
        slow.clear();
        assertFalse(slow.filteringProperty().get());
        background.getFirst().run();
        slow.pulse();
        assertEquals(List.of(), sequences(slow), "the pass over the cleared capture brings nothing back");
    }

    @Test
    void pausingFreezesTheViewWhileCapturingGoesOn() {
        append(1, Direction.OUT, "a");
        model.pulse();
        model.pausedProperty().set(true);
        for (int i = 0; i < 7; i++) {
            append(1, Direction.IN, "b" + i);
        }
        assertTrue(model.pulse());
        assertEquals(List.of(1L), sequences(), "the frozen view keeps even a row the capture has dropped");
        assertEquals(7, model.arrivedWhilePausedProperty().get());
        assertEquals(5, capture.stats().payloads());
        model.setFilter(TrafficFilter.ALL);
        assertEquals(List.of(), sequences(), "re-filtering a paused view does not take in new rows");
        model.pausedProperty().set(false);
        model.pulse();
        assertEquals(List.of(4L, 5L, 6L, 7L, 8L), sequences());
        assertEquals(0, model.arrivedWhilePausedProperty().get());
    }

    @Test
    void clearEmptiesCaptureAndView() {
        append(1, Direction.OUT, "a");
        model.pulse();
        model.selectedProperty().set(model.rows().getFirst());
        model.clear();
        assertTrue(model.rows().isEmpty());
        assertEquals(0, capture.stats().payloads());
        assertEquals("", model.hexDumpProperty().get());
        append(1, Direction.OUT, "b");
        model.pulse();
        assertEquals(List.of(2L), sequences());
    }

    @Test
    void theSelectedRowIsShownAsAHexDump() {
        append(3, Direction.IN, "Hello, world!");
        model.pulse();
        model.selectedProperty().set(model.rows().getFirst());
        assertEquals(HexDump.format("Hello, world!".getBytes()), model.hexDumpProperty().get());
        assertEquals("Payload #1 \u00b7 socket 3 tcp \u00b7 in from 127.0.0.1:7 \u00b7 13 bytes", model.hexDumpTitleProperty().get());
        model.selectedProperty().set(null);
        assertEquals("", model.hexDumpTitleProperty().get());
    }

    @Test
    void theChartShowsAllSocketsOrOneAndRefreshesOncePerSecond() {
        append(1, Direction.OUT, "12345");
        append(2, Direction.IN, "123");
        now += SECOND;
        model.pulse();
        assertEquals(5, model.throughputProperty().get().getLast().bytesOut());
        assertEquals(3, model.throughputProperty().get().getLast().bytesIn());
        model.chartSocketProperty().set(2);
        assertEquals(0, model.throughputProperty().get().getLast().bytesOut());
        assertEquals(3, model.throughputProperty().get().getLast().bytesIn());
        List<?> before = model.throughputProperty().get();
        model.pulse();
        assertTrue(before == model.throughputProperty().get(), "same second: no new samples");
        now += SECOND;
        model.pulse();
        assertFalse(before == model.throughputProperty().get());
    }

    @Test
    void theModelStaysBusyWhileTheChartHasSomethingToShowThenRests() {
        append(1, Direction.OUT, "x");
        assertTrue(model.pulse());
        assertTrue(model.pulse(), "the chart still moves");
        now += 20 * SECOND;
        assertFalse(model.pulse(), "nothing new and the chart window is empty");
    }

    @Test
    void aPausedViewRestsOnceItHasCountedTheNewPayloads() {
        model.pausedProperty().set(true);
        append(1, Direction.OUT, "x");
        now += 20 * SECOND;
        assertTrue(model.pulse(), "the badge changed");
        assertFalse(model.pulse(), "nothing more to show until the view is resumed");
        append(1, Direction.OUT, "y");
        assertTrue(model.pulse());
        assertEquals(2, model.arrivedWhilePausedProperty().get());
    }

    private void append(int socket, Direction direction, String text) {
        capture.append(TrafficEvents.at(now, TrafficEvents.tcp(socket, direction, text)));
    }

    private List<Long> sequences() {
        return sequences(model);
    }

    private static List<Long> sequences(TrafficViewModel viewModel) {
        return viewModel.rows().stream().map(CapturedPayload::sequence).toList();
    }
}
