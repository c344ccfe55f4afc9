package org.socketworkbench.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsStoreTest {

    @TempDir
    Path directory;

    @Test
    void aMissingFileGivesTheDefaultsWithoutWarning() {
        SettingsStore.Loaded loaded = new SettingsStore(directory.resolve("nowhere")).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.warning().isEmpty());
    }

    @Test
    void whatIsSavedIsLoadedBack() throws IOException {
        Settings settings = new Settings("dark", new Settings.WindowBounds(10, 20, 1200.5, 700, false),
                List.of(0.45, 0.6), List.of("example.org 80", "127.0.0.1 9000"),
                List.of(new Settings.Preset("hello", "ESCAPED", "hi\\r\\n \"quoted\" ünïcode")));
        SettingsStore store = new SettingsStore(directory);
        store.save(settings);
        assertEquals(settings, new SettingsStore(directory).load().settings());
    }

    @Test
    void aCorruptFileGivesDefaultsAWarningAndIsKeptAside() throws IOException {
        Path file = directory.resolve("settings.json");
        Files.writeString(file, "{\"theme\": \"dark\", oops");
        SettingsStore.Loaded loaded = new SettingsStore(directory).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.warning().orElseThrow().contains("Using the defaults"), loaded.warning().orElseThrow());
        assertEquals("{\"theme\": \"dark\", oops", Files.readString(directory.resolve("settings.json.corrupt")));
    }

    @Test
    void aWellFormedFileOfTheWrongShapeIsAlsoCorrupt() throws IOException {
        Files.writeString(directory.resolve("settings.json"), "[1, 2, 3]");
        assertTrue(new SettingsStore(directory).load().warning().isPresent());
        Files.writeString(directory.resolve("settings.json"), "{\"window\": {\"x\": \"left\"}}");
        assertTrue(new SettingsStore(directory).load().warning().isPresent());
    }

    @Test
    void anUnreadablePathGivesDefaultsAndAWarning() throws IOException {
        Files.createDirectories(directory.resolve("settings.json"));
        SettingsStore.Loaded loaded = new SettingsStore(directory).load();
        assertEquals(Settings.defaults(), loaded.settings());
        assertTrue(loaded.warning().isPresent());
    }
}
