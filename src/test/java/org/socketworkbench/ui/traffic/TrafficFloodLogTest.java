package org.socketworkbench.ui.traffic;

import javafx.scene.Parent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.traffic.CaptureLimits;
import org.socketworkbench.traffic.ThroughputMeter;
import org.socketworkbench.traffic.TrafficCapture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A flood that fills the capture's byte cap, as a TCP bulk transfer does (issue 15): reads of
 * varying size, so the number of rows the capture holds, and the view with it, goes up and down
 * from pulse to pulse while the table follows the last row. JavaFX's VirtualFlow logs "index
 * exceeds maxCellCount" when it lays out cells past its item count, which it did each time the row
 * count shrank under a table scrolled to the end. Pulses are driven by hand, each followed by the
 * layout pass the FX pulse would run.
 */
class TrafficFloodLogTest {

    /** The capture keeps this many bytes, so a large read makes it drop many of the small rows shown. */
    private static final long CAPTURE_BYTES = 512L * 1024;
    private static final int SMALL = 100;
    private static final int LARGE = 200 * 1024;

    private final TrafficCapture capture = new TrafficCapture(new CaptureLimits(1_000_000, CAPTURE_BYTES));
    private final ThroughputMeter meter = new ThroughputMeter();
    /** JavaFX's controls log through java.util.logging under this name (PlatformLogger). */
    private final Logger controls = Logger.getLogger("javafx.scene.control");
    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler collect = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(String.valueOf(record.getMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private TrafficViewModel model;
    private Parent pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void mountPane() throws Exception {
        controls.addHandler(collect);
        capture.addListener(meter);
        fx.mount(() -> {
            model = new TrafficViewModel(capture, meter, System::nanoTime, false);
            pane = new TrafficPane(model);
            return pane;
        }, 1100, 700);
    }

    @AfterEach
    void unmountPane() throws Exception {
        controls.removeHandler(collect);
        FxThread.run(model::dispose);
    }

    @Test
    void rowsThatComeAndGoUnderATableFollowingTheEndLogNothing() throws Exception {
        int shrank = 0;
        int sequence = 0;
        for (int round = 0; round < 12; round++) {
            int before = FxThread.call(() -> model.rows().size());
            for (int i = 0; i < 1_500 + 97 * round; i++) {
                capture.traffic(payload(SMALL));
            }
            pulseAndLayOut();
            capture.traffic(payload(LARGE + 1_000 * round));
            pulseAndLayOut();
            int after = FxThread.call(() -> model.rows().size());
            shrank += after < before ? 1 : 0;
            sequence++;
        }
        assertTrue(shrank > 5, "the row count shrank under the table " + shrank + " times in " + sequence + " rounds");
        assertEquals(capture.stats().lastSequence(), (long) FxThread.call(() -> model.rows().getLast().sequence()),
                "the view took in every payload the capture holds");
        assertEquals(List.of(), logged.stream().filter(m -> m.contains("maxCellCount")).toList());
    }

    private void pulseAndLayOut() throws Exception {
        FxThread.run(() -> {
            model.pulse();
            pane.applyCss();
            pane.layout();
        });
    }

    private static TrafficEvent payload(int bytes) {
        return new TrafficEvent(System.currentTimeMillis() * 1_000_000L, 1, SocketKind.TCP, Direction.IN, false,
                "127.0.0.1", 40001, "127.0.0.1", 9, new byte[bytes]);
    }
}
