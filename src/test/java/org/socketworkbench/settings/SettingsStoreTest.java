package org.socketworkbench.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.certificates.TrustedCertificate;
import org.socketworkbench.replies.Framing;
import org.socketworkbench.replies.MatchType;
import org.socketworkbench.replies.ReplyRule;
import org.socketworkbench.replies.RuleSet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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
    void trustedCertificatesAreSavedAndLoadedBack() throws IOException {
        Settings settings = Settings.defaults().withTrustedCertificates(List.of(new TrustedCertificate("LocalHost", 8443,
                "ab".repeat(32), "CN=localhost")));
        new SettingsStore(directory).save(settings);
        Settings loaded = new SettingsStore(directory).load().settings();
        assertEquals(settings, loaded);
        assertEquals("localhost:8443", loaded.trustedCertificates().getFirst().endpoint());
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

    /** Written by the settings code before it moved to Jackson (compact, keys sorted, Chrome's escapes). */
    private static final String OLD_FORMAT = "{\"dividers\":[0.45,0.6],\"presets\":[{\"mode\":\"ESCAPED\",\"name\":\"hello\","
            + "\"text\":\"hi\\\\r\\\\n \\\"quoted\\\" ünïcode \\u003Ctag>\"},{\"mode\":\"HEX\",\"name\":\"bytes\",\"text\":\"de ad be ef\"}],"
            + "\"recentTargets\":[\"example.org 80\",\"127.0.0.1 9000\"],\"theme\":\"dark\",\"version\":1,"
            + "\"window\":{\"height\":700.0,\"maximized\":true,\"width\":1200.5,\"x\":10.0,\"y\":20.0}}";

    private static final Settings FULL = new Settings("dark", new Settings.WindowBounds(10, 20, 1200.5, 700, true),
            List.of(0.45, 0.6), List.of("example.org 80", "127.0.0.1 9000"),
            List.of(new Settings.Preset("hello", "ESCAPED", "hi\\r\\n \"quoted\" ünïcode <tag>"),
                    new Settings.Preset("bytes", "HEX", "de ad be ef")));

    @Test
    void aFileWrittenByTheOldCodeStillLoads() throws IOException {
        Files.writeString(directory.resolve("settings.json"), OLD_FORMAT);
        SettingsStore.Loaded loaded = new SettingsStore(directory).load();
        assertTrue(loaded.warning().isEmpty(), () -> loaded.warning().orElseThrow());
        assertEquals(FULL, loaded.settings());
    }

    @Test
    void settingsJsonIsPrettyPrintedInTheRecordsOrder() throws IOException {
        new SettingsStore(directory).save(FULL);
        assertEquals("""
                {
                  "version": 1,
                  "theme": "dark",
                  "window": {
                    "x": 10.0,
                    "y": 20.0,
                    "width": 1200.5,
                    "height": 700.0,
                    "maximized": true
                  },
                  "dividers": [
                    0.45,
                    0.6
                  ],
                  "recentTargets": [
                    "example.org 80",
                    "127.0.0.1 9000"
                  ],
                  "presets": [
                    {
                      "name": "hello",
                      "mode": "ESCAPED",
                      "text": "hi\\\\r\\\\n \\"quoted\\" ünïcode <tag>"
                    },
                    {
                      "name": "bytes",
                      "mode": "HEX",
                      "text": "de ad be ef"
                    }
                  ],
                  "trustedCertificates": [],
                  "desktop": {
                    "fontSize": 0.0,
                    "hiddenPanes": [],
                    "recentFiles": [],
                    "splits": {},
                    "tables": {},
                    "language": "system",
                    "restoreWorkspace": false,
                    "lastWorkspace": ""
                  }
                }
                """, Files.readString(directory.resolve("settings.json")));
    }

    @Test
    void everySettingsRecordRoundTripsWithTheKeysItDoesNotKnow() throws IOException {
        Settings withUnknown = new Settings("light",
                new Settings.WindowBounds(-5.5, 0, 800, 600, false, Map.of("screen", "HDMI-1")),
                List.of(0.3), List.of("::1 443"),
                List.of(new Settings.Preset("p", "TEXT", "", Map.of("colour", "red"))),
                Map.of("fromANewerVersion", List.of(1, "two")));
        Settings withRules = FULL.withReplyRules(RuleSet.rules(Framing.delimiter("\\r\\n"),
                List.of(ReplyRule.of(MatchType.REGEX, "^GET (\\S+)", "200 $1\\r\\n"))));
        for (Settings settings : List.of(Settings.defaults(), FULL, withUnknown, withRules,
                FULL.withDesktop(new DesktopSettings(15, List.of("ADAPTERS"), List.of("/tmp/echo.js"),
                        Map.of("mainSplit", List.of(0.55)), Map.of("socketTree", new DesktopSettings.TableLayout(
                                Map.of("Type", 150.0), List.of(new DesktopSettings.SortKey("Id", false)))),
                        Map.of("fromANewerVersion", true))),
                FULL.withTheme("light").withRecentTargets(List.of()).withPresets(List.of()).withWindow(null, List.of()))) {
            new SettingsStore(directory).save(settings);
            SettingsStore.Loaded loaded = new SettingsStore(directory).load();
            assertTrue(loaded.warning().isEmpty());
            assertEquals(settings, loaded.settings());
        }
        assertTrue(Files.readString(directory.resolve("settings.json")).contains("\"window\": null"));
    }

    @Test
    void keysAddedByHandSurviveAChangeMadeInTheApp() throws IOException {
        Files.writeString(directory.resolve("settings.json"), """
                {"version": 1, "theme": "dark", "fontSize": 14,
                 "window": {"x": 1, "y": 2, "width": 900, "height": 700, "maximized": false, "screen": 2},
                 "presets": [{"name": "p", "mode": "HEX", "text": "00", "shortcut": "F2"}]}
                """);
        SettingsStore store = new SettingsStore(directory);
        store.save(store.load().settings().withTheme("light").withRecentTargets(List.of("h 1")));
        Settings again = store.load().settings();
        assertEquals("light", again.theme());
        assertEquals(Map.of("fontSize", 14), again.unknownKeys());
        assertEquals(Map.of("screen", 2), again.window().unknownKeys());
        assertEquals(Map.of("shortcut", "F2"), again.presets().getFirst().unknownKeys());
    }

    @Test
    void missingKeysGiveTheirDefaults() throws IOException {
        Files.writeString(directory.resolve("settings.json"), "{\"presets\": [{\"name\": \"only a name\"}]}");
        SettingsStore.Loaded loaded = new SettingsStore(directory).load();
        assertTrue(loaded.warning().isEmpty());
        assertEquals(Settings.defaults().withPresets(List.of(new Settings.Preset("only a name", "TEXT", ""))),
                loaded.settings());
    }
}
