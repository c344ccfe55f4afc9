package org.socketworkbench.ui.composer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
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
import org.socketworkbench.testing.Eventually;

import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
        // The template is compiled off the FX thread: its problem comes with the preview.
        awaitPreview(() -> !model.problemProperty().get().isEmpty());
        assertEquals(parseProblem("0x4g", PayloadFormat.HEX), model.problemProperty().get());
        model.textProperty().set("01 02");
        awaitPreview(() -> model.problemProperty().get().isEmpty());

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
            awaitPreview(() -> model.previewSizeProperty().get() == 5); // so only progress is handed over below

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
                // A frame runs what was pending when it began; what those tasks let the sender
                // hand over next waits for the next frame, as it does on the FX thread.
                for (int pending = handedOver.size(); pending > 0; pending--) {
                    handedOver.poll().run();
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

    @Test
    void thePreviewShowsTheNextSendsBytesOrTheTemplateErrorWithItsPosition() {
        model.counterStartProperty().set("10");
        model.textProperty().set("n={{COUNTER}}{{XOR8}}");
        awaitPreview(() -> model.previewSizeProperty().get() == 5);
        // 'n' '=' '1' '0' and the XOR of those four bytes: 6e ^ 3d ^ 31 ^ 30 = 52
        assertTrue(model.previewProperty().get().startsWith("0000  6e 3d 31 30 52 "), model.previewProperty().get());
        assertEquals("", model.previewProblemProperty().get());

        model.textProperty().set("ab{{NOPE}}");
        awaitPreview(() -> !model.previewProblemProperty().get().isEmpty());
        assertTrue(model.previewProblemProperty().get().contains("at position 3"), model.previewProblemProperty().get());
        assertEquals("", model.previewProperty().get());

        model.formatProperty().set(PayloadFormat.HEX);
        model.textProperty().set("01 {{RANDOM:65535}}");
        awaitPreview(() -> model.previewSizeProperty().get() == 65_536);
        assertTrue(model.previewProperty().get().endsWith("(65536 in total)\n"), "the dump shows the start only");
    }

    @Test
    void typingFastHandsOverAtMostOnePreviewAtATimeAndEndsWithTheLastEdit() {
        for (int i = 0; i < 500; i++) {
            model.textProperty().set("x".repeat(i));
            assertTrue(handedOver.size() <= 1, handedOver.size() + " hand-overs pending");
        }
        awaitPreview(() -> model.previewSizeProperty().get() == 499);
    }

    @Test
    void theCounterFieldsAreCheckedWithTheirRange() {
        model.targetProperty().set(udpSocket());
        model.hostProperty().set("");
        model.counterStartProperty().set("ten");
        assertEquals("Counter start must be a whole number", model.problemProperty().get());
        model.counterStartProperty().set("2000000000");
        assertEquals("Counter start must be between -1000000000 and 1000000000", model.problemProperty().get());
        model.counterStartProperty().set("-5");
        model.counterStepProperty().set("");
        assertEquals("Counter step is required", model.problemProperty().get());
        model.counterStepProperty().set("-1");
        assertEquals("", model.problemProperty().get(), "a count down from a negative start");
    }

    @Test
    @Timeout(30) // receive() blocks; a send that never comes fails the test instead of hanging it
    void aRepeatedSendCountsFromTheStartByTheStep() throws Exception {
        try (DatagramChannel receiver = DatagramChannel.open()) {
            receiver.bind(new InetSocketAddress("127.0.0.1", 0));
            model.targetProperty().set(udpSocket());
            model.textProperty().set("n={{COUNTER}}");
            model.hostProperty().set("127.0.0.1");
            model.portProperty().set(Integer.toString(((InetSocketAddress) receiver.getLocalAddress()).getPort()));
            model.repeatProperty().set("3");
            model.counterStartProperty().set("10");
            model.counterStepProperty().set("5");
            assertTrue(model.send(), model.problemProperty().get());

            List<String> received = new ArrayList<>();
            ByteBuffer buffer = ByteBuffer.allocate(100);
            for (int i = 0; i < 3; i++) {
                buffer.clear();
                receiver.receive(buffer);
                received.add(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            }
            assertEquals(List.of("n=10", "n=15", "n=20"), received);
        }
    }

    /** Runs what was handed to the "FX thread" until the preview shows what is expected. */
    private void awaitPreview(java.util.function.BooleanSupplier shown) {
        Eventually.await(Duration.ofSeconds(10), () -> {
            Runnable task;
            while ((task = handedOver.poll()) != null) {
                task.run();
            }
            return shown.getAsBoolean();
        }, () -> "preview " + model.previewSizeProperty().get() + " bytes, problem '" + model.previewProblemProperty().get() + "'");
    }

    private SocketRow udpSocket() {
        int id = new Sync(engine).boundUdp()[0];
        return tracker.row(id);
    }

    private static String parseProblem(String text, PayloadFormat format) {
        return assertThrows(PayloadFormatException.class, () -> PayloadParser.parse(text, format)).getMessage();
    }
}
