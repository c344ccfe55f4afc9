package org.socketworkbench.settings;

import java.util.List;

/**
 * What the workbench remembers between runs.
 *
 * @param theme          "light" or "dark"
 * @param window         the main window's bounds, or null for the default
 * @param dividers       split-pane divider positions, outermost first
 * @param recentTargets  "host port" pairs connected to lately, newest first
 * @param presets        the composer's named payloads
 */
public record Settings(String theme, WindowBounds window, List<Double> dividers, List<String> recentTargets,
                       List<Preset> presets) {

    public Settings {
        theme = "dark".equals(theme) ? "dark" : "light";
        dividers = List.copyOf(dividers);
        recentTargets = List.copyOf(recentTargets);
        presets = List.copyOf(presets);
    }

    public static Settings defaults() {
        return new Settings("light", null, List.of(), List.of(), List.of());
    }

    public Settings withTheme(String value) {
        return new Settings(value, window, dividers, recentTargets, presets);
    }

    public Settings withWindow(WindowBounds value, List<Double> splits) {
        return new Settings(theme, value, splits, recentTargets, presets);
    }

    public Settings withRecentTargets(List<String> value) {
        return new Settings(theme, window, dividers, value, presets);
    }

    public Settings withPresets(List<Preset> value) {
        return new Settings(theme, window, dividers, recentTargets, value);
    }

    /** The main window's position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    /**
     * A named composer payload.
     *
     * @param name the user's name for it
     * @param mode how {@code text} is read: TEXT, HEX or ESCAPED
     * @param text the payload as typed
     */
    public record Preset(String name, String mode, String text) {
    }
}
