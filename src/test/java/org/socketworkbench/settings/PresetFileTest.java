package org.socketworkbench.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presets exported to a JSON file and read back; files that are not presets are refused with a reason. */
class PresetFileTest {

    @TempDir
    Path dir;

    private final List<Settings.Preset> presets = List.of(
            new Settings.Preset("ping", "ESCAPED", "ping\\r\\n"),
            new Settings.Preset("modbus \"read\"", "HEX", "01 03 00 00 00 0a c5 cd"),
            new Settings.Preset("grüße", "TEXT", "{\"a\": [1, 2]}"));

    @Test
    void presetsComeBackAsTheyWere() throws IOException {
        Path file = dir.resolve("presets.json");
        PresetFile.write(file, presets);
        assertEquals(presets, PresetFile.read(file));
        String json = Files.readString(file);
        assertTrue(json.startsWith("{\n  \"version\": 1,\n  \"format\": \"socket-workbench-presets\","), json);
    }

    @Test
    void aFileThatIsNotAPresetsDocumentIsRefusedSayingWhy() throws IOException {
        assertTrue(refused("x.json", "{\"format\": ").startsWith("x.json is not a presets file: line 1"));
        assertTrue(refused("x.json", "{\"presets\": []}").contains("is not a presets file"));
        assertTrue(refused("x.json", "{\"format\": \"socket-workbench-presets\", \"version\": \"one\", \"presets\": []}")
                .contains("\"version\" must be a whole number"));
        assertTrue(refused("x.json", "{\"format\": \"socket-workbench-presets\"}").contains("has no \"presets\" list"));
        assertEquals("Preset 2 (\"b\") has mode \"BIN\"; expected TEXT, HEX or ESCAPED", refused("x.json",
                "{\"format\": \"socket-workbench-presets\", \"version\": 1, \"presets\": ["
                        + "{\"name\": \"a\", \"mode\": \"TEXT\", \"text\": \"\"},"
                        + "{\"name\": \"b\", \"mode\": \"BIN\", \"text\": \"\"}]}"));
        assertTrue(refused("x.json", "{\"format\": \"socket-workbench-presets\", \"version\": 1, \"presets\": ["
                + "{\"name\": \"odd\", \"mode\": \"HEX\", \"text\": \"abc\"}]}").startsWith("Preset 1 (\"odd\"): Odd number"));
        assertTrue(refused("x.json", "{\"format\": \"socket-workbench-presets\", \"version\": 1, \"presets\": [{\"mode\": \"TEXT\"}]}")
                .contains("Preset 1 needs a \"name\""));
        Path kept = dir.resolve("x.json");
        assertTrue(Files.exists(kept) && !Files.exists(dir.resolve("x.json.corrupt")), "the file read is left alone");
    }

    private String refused(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return assertThrows(PresetFile.PresetFileException.class, () -> PresetFile.read(file)).getMessage();
    }
}
