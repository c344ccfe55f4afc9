package org.socketworkbench.settings;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The settings' messages in Simplified Chinese: a refused preset file says why in Chinese, and the
 * name datafiles gives the settings in its warnings is looked up when the warning is built, so it
 * follows a language switched after the format was made.
 */
class SettingsMessagesChineseTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToEnglish() {
        Texts.use(Language.ENGLISH);
    }

    @Test
    void aRefusedPresetReadsInChinese() throws IOException {
        Path file = dir.resolve("x.json");
        Files.writeString(file, "{\"format\": \"socket-workbench-presets\", \"presets\": [{\"name\": \"\"}]}");
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("预设 1 需要一个 \"name\"",
                assertThrows(PresetFile.PresetFileException.class, () -> PresetFile.read(file)).getMessage());
    }

    @Test
    void theSettingsAreNamedInTheLanguageOfTheMoment() {
        assertEquals("the settings", SettingsStore.FORMAT.description());
        assertEquals("the presets", PresetFile.FORMAT.description());
        Texts.use(Language.SIMPLIFIED_CHINESE);
        assertEquals("设置", SettingsStore.FORMAT.description());
        assertEquals("预设", PresetFile.FORMAT.description());
    }
}
