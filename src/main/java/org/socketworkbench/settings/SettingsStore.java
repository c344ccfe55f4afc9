package org.socketworkbench.settings;

import org.socketworkbench.engine.internal.ChromeJsonText;
import org.socketworkbench.engine.internal.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps {@link Settings} in a JSON file in the user's config directory. A missing file gives the
 * defaults; an unreadable or corrupt one gives the defaults plus a warning, and is kept aside
 * as {@code settings.json.corrupt} so nothing the user had is lost. Saving writes a temporary
 * file and moves it into place, so a crash never leaves half a file.
 */
public final class SettingsStore {

    private static final String FILE = "settings.json";

    /** What {@link #load()} found. */
    public record Loaded(Settings settings, Optional<String> warning) {
    }

    private final Path file;

    public SettingsStore(Path directory) {
        this.file = directory.resolve(FILE);
    }

    /** The store in the platform's config directory for this user. */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(configDirectory());
    }

    public Path file() {
        return file;
    }

    static Path configDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("Socket Workbench");
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Socket Workbench");
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("socket-workbench");
    }

    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(Settings.defaults(), Optional.empty());
        }
        try {
            return new Loaded(SettingsJson.read(Json.parse(Files.readString(file, StandardCharsets.UTF_8))), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded(Settings.defaults(), Optional.of(keepAside(e)));
        }
    }

    private String keepAside(Exception problem) {
        Path aside = file.resolveSibling(FILE + ".corrupt");
        String reason = problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return "Could not read the settings in " + file + " (" + reason + "). Using the defaults; the old file"
                    + " was kept as " + aside + ".";
        } catch (IOException e) {
            return "Could not read the settings in " + file + " (" + reason + "). Using the defaults.";
        }
    }

    /** Writes the settings; IOException when the directory cannot be written. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), FILE, ".tmp");
        try {
            Files.writeString(temporary, ChromeJsonText.write(SettingsJson.write(settings)), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Settings to and from the JSON values of {@link Json}. */
    static final class SettingsJson {

        private SettingsJson() {
        }

        static Map<String, Object> write(Settings s) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", 1L);
            json.put("theme", s.theme());
            if (s.window() != null) {
                Map<String, Object> window = new LinkedHashMap<>();
                window.put("x", s.window().x());
                window.put("y", s.window().y());
                window.put("width", s.window().width());
                window.put("height", s.window().height());
                window.put("maximized", s.window().maximized());
                json.put("window", window);
            }
            json.put("dividers", new ArrayList<Object>(s.dividers()));
            json.put("recentTargets", new ArrayList<Object>(s.recentTargets()));
            List<Object> presets = new ArrayList<>();
            for (Settings.Preset p : s.presets()) {
                Map<String, Object> preset = new LinkedHashMap<>();
                preset.put("name", p.name());
                preset.put("mode", p.mode());
                preset.put("text", p.text());
                presets.add(preset);
            }
            json.put("presets", presets);
            return json;
        }

        static Settings read(Object parsed) {
            Map<?, ?> json = map(parsed, "settings");
            Settings.WindowBounds window = null;
            if (json.get("window") instanceof Map<?, ?> w) {
                window = new Settings.WindowBounds(number(w.get("x")), number(w.get("y")), number(w.get("width")),
                        number(w.get("height")), Boolean.TRUE.equals(w.get("maximized")));
            }
            List<Double> dividers = list(json.get("dividers")).stream().map(SettingsJson::number).toList();
            List<String> recent = list(json.get("recentTargets")).stream().map(String::valueOf).toList();
            List<Settings.Preset> presets = list(json.get("presets")).stream().map(p -> {
                Map<?, ?> preset = map(p, "preset");
                return new Settings.Preset(String.valueOf(preset.get("name")), String.valueOf(preset.get("mode")),
                        String.valueOf(preset.get("text")));
            }).toList();
            return new Settings(String.valueOf(json.get("theme")), window, dividers, recent, presets);
        }

        private static Map<?, ?> map(Object value, String what) {
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException(what + " is not a JSON object");
        }

        private static List<?> list(Object value) {
            return value instanceof List<?> list ? list : List.of();
        }

        private static double number(Object value) {
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            throw new IllegalArgumentException("expected a number, found " + value);
        }
    }
}
