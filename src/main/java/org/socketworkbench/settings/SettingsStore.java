package org.socketworkbench.settings;

import org.socketworkbench.datafiles.DataFile;
import org.socketworkbench.datafiles.DataFormat;
import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps {@link Settings} in {@code settings.json} in the user's config directory, as a
 * {@link DataFile}: a missing file gives the defaults; an unreadable or corrupt one gives the
 * defaults plus a warning, and is kept aside as {@code settings.json.corrupt} so nothing the user
 * had is lost; saving replaces the file atomically. Files written before the data files moved to
 * Jackson (compact, keys sorted, {@code "version": 1}) read as they are.
 */
public final class SettingsStore {

    private static final String FILE = "settings.json";
    static final DataFormat<Settings> FORMAT = DataFormat.first(() -> Texts.get("settings.kind.settings"),
            Settings.class, Settings::defaults);

    /** What {@link #load()} found. */
    public record Loaded(Settings settings, Optional<String> warning) {
    }

    private final DataFile<Settings> file;

    public SettingsStore(Path directory) {
        this.file = new DataFile<>(directory.resolve(FILE), FORMAT);
    }

    /** The store in the platform's config directory for this user. */
    public static SettingsStore forCurrentUser() {
        return new SettingsStore(configDirectory());
    }

    public Path file() {
        return file.file();
    }

    static Path configDirectory() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData == null ? home.resolve("AppData").resolve("Roaming") : Path.of(appData)) // i18n-ok: a path
                    .resolve("Socket Workbench"); // i18n-ok: a path
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Socket Workbench"); // i18n-ok: a path
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        return (xdg == null || xdg.isBlank() ? home.resolve(".config") : Path.of(xdg)).resolve("socket-workbench");
    }

    public Loaded load() {
        DataFile.Loaded<Settings> loaded = file.load();
        return new Loaded(loaded.value(), loaded.warning());
    }

    /** Writes the settings; IOException when the directory cannot be written. */
    public void save(Settings settings) throws IOException {
        file.save(settings);
    }
}
