package org.socketworkbench.ui.menu;

import org.socketworkbench.settings.DesktopSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Scripts and files opened lately, newest first, at most {@link DesktopSettings#MAX_RECENT};
 * every change is handed to {@code persist} (the settings). FX thread only.
 */
public final class RecentFiles {

    private final List<Path> files = new ArrayList<>();
    private final Consumer<List<String>> persist;

    public RecentFiles(List<String> saved, Consumer<List<String>> persist) {
        this.persist = persist;
        saved.stream().map(Path::of).distinct().limit(DesktopSettings.MAX_RECENT).forEach(files::add);
    }

    /** Puts {@code file} first. */
    public void remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.addFirst(absolute);
        while (files.size() > DesktopSettings.MAX_RECENT) {
            files.removeLast();
        }
        save();
    }

    public void forget(Path file) {
        if (files.remove(file)) {
            save();
        }
    }

    public void clear() {
        files.clear();
        save();
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    private void save() {
        persist.accept(files.stream().map(Path::toString).toList());
    }
}
