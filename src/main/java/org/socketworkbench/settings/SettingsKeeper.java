package org.socketworkbench.settings;

import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The current settings, and their persistence: every change is written to the store in the
 * background (changes that arrive while a write runs are coalesced into the next one), so the
 * UI never waits for the disk. A write that fails is reported once and the app goes on.
 */
public final class SettingsKeeper {

    private final SettingsStore store;
    private final Consumer<String> problems;
    private final AtomicBoolean writeScheduled = new AtomicBoolean();
    private Settings current;

    public SettingsKeeper(SettingsStore store, Settings initial, Consumer<String> problems) {
        this.store = store;
        this.current = initial;
        this.problems = problems;
    }

    /** The config directory the settings file is in (other kept files go beside it). */
    public java.nio.file.Path directory() {
        return store.file().toAbsolutePath().getParent();
    }

    public synchronized Settings current() {
        return current;
    }

    /** Changes the settings and saves them in the background. */
    public void update(UnaryOperator<Settings> change) {
        synchronized (this) {
            current = change.apply(current);
        }
        if (writeScheduled.compareAndSet(false, true)) {
            Thread.ofVirtual().name("settings-save").start(() -> {
                writeScheduled.set(false);
                saveNow();
            });
        }
    }

    /** Writes the current settings now (at exit). */
    public void saveNow() {
        try {
            store.save(current());
        } catch (IOException | RuntimeException e) {
            problems.accept(Texts.get("settings.cannotSave", store.file(), e.getMessage()));
        }
    }
}
