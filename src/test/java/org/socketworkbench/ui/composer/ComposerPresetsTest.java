package org.socketworkbench.ui.composer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.testing.Eventually;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadText;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets saved from captured bytes, exported to a JSON file and imported into another composer. */
class ComposerPresetsTest {

    private final Queue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final Executor fx = handedOver::add;
    private final SocketEngine engine = SocketEngine.builder().build();
    private final SocketActions actions = new SocketActions(engine, outcome -> { }, fx);
    private final List<List<Settings.Preset>> saved = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        engine.close();
    }

    private ComposerModel composer(List<Settings.Preset> presets) {
        return new ComposerModel(actions, fx, presets, saved::add);
    }

    @Test
    void exportedPresetsImportIntoAnotherComposerReplacingThoseOfTheSameName() throws IOException {
        ComposerModel first = composer(List.of(new Settings.Preset("hello", "TEXT", "hello")));
        first.savePreset("modbus", PayloadText.of(new byte[] {1, 3, 0, 0, 0, 10, (byte) 0xc5, (byte) 0xcd}));
        assertEquals(new Settings.Preset("modbus", "HEX", "01 03 00 00 00 0a c5 cd"), first.presets().get(1));
        Path file = dir.resolve("presets.json");
        first.exportPresets(file);
        awaitStatus(first, "exported 2 presets to presets.json");

        ComposerModel second = composer(List.of(new Settings.Preset("modbus", "TEXT", "old"),
                new Settings.Preset("mine", "TEXT", "kept")));
        second.importPresets(file);
        awaitStatus(second, "imported 2 presets from presets.json (1 replaced presets of the same name)");
        assertEquals(List.of("mine", "hello", "modbus"), second.presets().stream().map(Settings.Preset::name).toList());
        assertEquals(second.presets(), saved.getLast(), "kept in the settings");
        second.load(second.presets().get(2));
        assertEquals(PayloadFormat.HEX, second.formatProperty().get());
    }

    @Test
    void aBadFileImportsNothingAndSaysWhy() throws IOException {
        Path file = Files.writeString(dir.resolve("other.json"), "{\"presets\": []}");
        ComposerModel composer = composer(List.of(new Settings.Preset("mine", "TEXT", "kept")));
        composer.importPresets(file);
        awaitStatus(composer, "Nothing imported. other.json is not a presets file (it needs \"format\": \"socket-workbench-presets\")");
        assertEquals(1, composer.presets().size());
        composer.importPresets(dir.resolve("missing.json"));
        Eventually.await(Duration.ofSeconds(10), () -> {
            drain();
            return composer.statusProperty().get().startsWith("Nothing imported. Could not read");
        }, () -> composer.statusProperty().get());
        assertTrue(saved.isEmpty(), "the settings were not touched");
    }

    private void drain() {
        for (Runnable next; (next = handedOver.poll()) != null; ) {
            next.run();
        }
    }

    private void awaitStatus(ComposerModel composer, String status) {
        Eventually.await(Duration.ofSeconds(10), () -> {
            drain();
            return composer.statusProperty().get().equals(status);
        }, () -> composer.statusProperty().get());
    }
}
