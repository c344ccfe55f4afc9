package org.socketworkbench.app;

import org.socketworkbench.ui.menu.AboutDialog;
import org.socketworkbench.ui.menu.DesktopConventions;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * What the window needs from the desktop it runs on: its menu conventions, a way to open a folder
 * or file with the desktop's own application, where the settings live, and what About shows.
 * Tests pass one that records instead of opening a file manager.
 */
record DesktopHost(DesktopConventions conventions, Consumer<Path> openOnDesktop, Path settingsFolder,
                   AboutDialog.RuntimeInfo about) {
}
