package org.socketworkbench.ui.composer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketTracker;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The composer's model without a window, on a real engine: input checks as typed, a repeated
 * send over loopback UDP whose progress reaches the "FX thread" (the test, running what is handed
 * over once per frame) coalesced, the history and the presets.
 */
class ComposerModelTest {

    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(16);

    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketTracker tracker = new SocketTracker();
    private final ConcurrentLinkedQueue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Runnable> outcomes = new ConcurrentLinkedQueue<>();
    private final List<List<Settings.Preset>> savedPresets = new ArrayList<>();
    private final ComposerModel model;

    ComposerModelTest() {
        engine.addObserver(tracker);
        SocketActions actions = new SocketActions(engine, outcome -> { }, outcomes::add);
        model = new ComposerModel(actions, handedOver::add,
                List.of(new Settings.Preset("ping", "TEXT", "ping\\n")), savedPresets::add);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void theInputIsCheckedAsItIsTyped() {
        assertEquals("Select a socket in the list to send to", model.problemProperty().get());
        model.targetProperty().set(udpSocket());
        assertEquals(InputCheck.port("").orElseThrow(), model.problemProperty().get(), "sendTo 127.0.0.1 needs a port");
        model.portProperty().set("9");
        assertEquals("", model.problemProperty().get());

        model.formatProperty().set(PayloadFormat.HEX);
        model.textProperty().set("0x4g");
        assertEquals(parseProblem("0x4g", PayloadFormat.HEX), model.problemProperty().get());
        model.textProperty().set("01 02");
        assertEquals("", model.problemProperty().get());

        model.hostProperty().set("bad host");
        assertEquals(InputCheck.host("bad host").orElseThrow(), model.problemProperty().get());
        model.hostProperty().set("127.0.0.1");
        model.portProperty().set("70000");
        assertEquals(InputCheck.port("70000").orElseThrow(), model.problemProperty().get());
        model.hostProperty().set("");
        assertEquals("", model.problemProperty().get(), "no destination: the port does not matter");

        model.repeatProperty().set("0");
        assertEquals(InputCheck.positive("0", "Repeat count", 10_000_000).orElseThrow(), model.problemProperty().get());
        assertFalse(model.send(), "nothing is sent while the input is wrong");
        model.repeatProperty().set("1");
        model.intervalProperty().set("-5");
        assertEquals(InputCheck.nonNegative("-5", "Interval", 86_400_000).orElseThrow(), model.problemProperty().get());
    }

    @Test
    void aRepeatedSendReportsItsProgressCoalescedAndEndsWithTheTotal() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) receiver.getLocalAddress()).getPort();
            model.targetProperty().set(udpSocket());
            assertTrue(model.udpTarget().get());
            model.textProperty().set("hello");
            model.hostProperty().set("127.0.0.1");
            model.portProperty().set(Integer.toString(port));
            model.repeatProperty().set("2000");

            assertTrue(model.send());
            assertTrue(model.sendingProperty().get());
            assertEquals("sending 5 bytes × 2000", model.statusProperty().get());
            assertFalse(model.send(), "one send at a time");

            int frames = 0;
            int handOvers = 0;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (model.sendingProperty().get() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(FRAME_NANOS);
                frames++;
                Runnable task;
                while ((task = handedOver.poll()) != null) {
                    task.run();
                    handOvers++;
                }
                outcomes.clear();
            }
            assertFalse(model.sendingProperty().get(), "the send finished");
            assertEquals("sent 5 bytes × 2000", model.statusProperty().get());
            // At most one progress hand-over per frame, plus the end of the job, handed over on its own.
            assertTrue(handOvers <= frames + 1, handOvers + " progress hand-overs in " + frames + " frames");
            assertEquals(List.of("hello"), model.history());
        }
    }

    @Test
    void theHistoryKeepsTheNewestFiftyWithoutRepeats() {
        model.targetProperty().set(udpSocket());
        model.hostProperty().set("");
        for (int i = 0; i < 60; i++) {
            model.textProperty().set("p" + (i % 55));
            model.send();
            model.sendingProperty().set(false);
        }
        assertEquals(50, model.history().size());
        assertEquals("p4", model.history().getFirst(), "the newest first");
        assertEquals(1, model.history().stream().filter("p4"::equals).count(), "sent twice, listed once");
    }

    @Test
    void presetsAreSavedLoadedAndDeleted() {
        assertEquals(List.of("ping"), model.presets().stream().map(Settings.Preset::name).toList());
        model.formatProperty().set(PayloadFormat.HEX);
        model.textProperty().set("de ad");
        model.savePreset("dead");
        model.savePreset("dead");
        assertEquals(List.of(new Settings.Preset("ping", "TEXT", "ping\\n"), new Settings.Preset("dead", "HEX", "de ad")),
                savedPresets.getLast(), "saved under one name once");

        model.load(model.presets().getFirst());
        assertEquals(PayloadFormat.TEXT, model.formatProperty().get());
        assertEquals("ping\\n", model.textProperty().get());
        model.load(new Settings.Preset("old", "NO_SUCH_FORMAT", "x"));
        assertEquals(PayloadFormat.TEXT, model.formatProperty().get(), "an unknown format reads as text");

        model.deletePreset(model.presets().getFirst());
        assertEquals(List.of("dead"), savedPresets.getLast().stream().map(Settings.Preset::name).toList());
    }

    private SocketRow udpSocket() {
        int id = new Sync(engine).boundUdp()[0];
        return tracker.row(id);
    }

    private static String parseProblem(String text, PayloadFormat format) {
        return assertThrows(PayloadFormatException.class, () -> PayloadParser.parse(text, format)).getMessage();
    }
}
