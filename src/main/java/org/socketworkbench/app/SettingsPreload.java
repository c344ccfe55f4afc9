package org.socketworkbench.app;

import org.socketworkbench.settings.SettingsStore;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Reads the settings file on a thread of its own while the JavaFX toolkit starts, so that the
 * file and Jackson's first use (a tenth of a start's work on the FX thread, src/docs/startup.md)
 * are off the way to the first frame. A start that was not preloaded (tests that make the
 * application themselves) reads them when it asks.
 */
final class SettingsPreload {

    /** The store and what it read. */
    record Preloaded(SettingsStore store, SettingsStore.Loaded loaded) {
    }

    private static CompletableFuture<Preloaded> pending;

    private SettingsPreload() {
    }

    /** Starts reading the settings of {@code store} now. */
    static synchronized void start(Supplier<SettingsStore> store) {
        pending = CompletableFuture.supplyAsync(() -> read(store),
                work -> Thread.ofPlatform().daemon().name("settings-preload").start(work));
    }

    /** What the preload read, or, without one or when it failed, what {@code store} reads now. */
    static Preloaded take(Supplier<SettingsStore> store) {
        CompletableFuture<Preloaded> preload;
        synchronized (SettingsPreload.class) {
            preload = pending;
            pending = null;
        }
        if (preload != null) {
            try {
                return preload.join();
            } catch (RuntimeException e) {
                // read again below, where a failure surfaces as it would without the preload
            }
        }
        return read(store);
    }

    private static Preloaded read(Supplier<SettingsStore> store) {
        SettingsStore opened = store.get();
        return new Preloaded(opened, opened.load());
    }
}
