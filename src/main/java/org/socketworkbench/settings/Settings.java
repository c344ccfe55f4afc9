package org.socketworkbench.settings;

import org.socketworkbench.certificates.TrustedCertificate;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.socketworkbench.replies.RuleSet;
import org.socketworkbench.datafiles.UnknownKeys;

import java.util.List;
import java.util.Map;

/**
 * What the workbench remembers between runs, as it is in {@code settings.json}. A key missing
 * from the file gives its default; keys this version does not know are kept in
 * {@code unknownKeys} and written back (see {@code org.socketworkbench.datafiles}).
 *
 * @param theme          "light" or "dark"
 * @param window         the main window's bounds, or null for the default
 * @param dividers       split-pane divider positions, outermost first
 * @param recentTargets  "host port" pairs connected to lately, newest first
 * @param presets        the composer's named payloads
 * @param trustedCertificates certificates trusted per endpoint after a failed secure (pins)
 * @param replyRules     the reply rules last switched on, where the editor starts for a socket; null: none yet
 * @param desktop        font size, hidden panes, splits, table columns, recent files
 * @param unknownKeys    keys of the file this version does not know
 */
public record Settings(String theme, WindowBounds window, List<Double> dividers, List<String> recentTargets,
                       List<Preset> presets, List<TrustedCertificate> trustedCertificates,
                       @JsonInclude(JsonInclude.Include.NON_NULL) RuleSet replyRules, DesktopSettings desktop,
                       @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    public Settings {
        theme = "dark".equals(theme) ? "dark" : "light";
        dividers = dividers == null ? List.of() : List.copyOf(dividers);
        recentTargets = recentTargets == null ? List.of() : List.copyOf(recentTargets);
        presets = presets == null ? List.of() : List.copyOf(presets);
        trustedCertificates = trustedCertificates == null ? List.of() : List.copyOf(trustedCertificates);
        desktop = desktop == null ? DesktopSettings.defaults() : desktop;
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    /** Without trusted certificates, reply rules and desktop layout (the shape before they were kept). */
    public Settings(String theme, WindowBounds window, List<Double> dividers, List<String> recentTargets,
                    List<Preset> presets, Map<String, Object> unknownKeys) {
        this(theme, window, dividers, recentTargets, presets, List.of(), null, null, unknownKeys);
    }

    public Settings(String theme, WindowBounds window, List<Double> dividers, List<String> recentTargets,
                    List<Preset> presets) {
        this(theme, window, dividers, recentTargets, presets, List.of(), null, null, Map.of());
    }

    public static Settings defaults() {
        return new Settings("light", null, List.of(), List.of(), List.of());
    }

    public Settings withTheme(String value) {
        return new Settings(value, window, dividers, recentTargets, presets, trustedCertificates, replyRules, desktop, unknownKeys);
    }

    public Settings withWindow(WindowBounds value, List<Double> splits) {
        return new Settings(theme, value, splits, recentTargets, presets, trustedCertificates, replyRules, desktop, unknownKeys);
    }

    public Settings withRecentTargets(List<String> value) {
        return new Settings(theme, window, dividers, value, presets, trustedCertificates, replyRules, desktop, unknownKeys);
    }

    public Settings withPresets(List<Preset> value) {
        return new Settings(theme, window, dividers, recentTargets, value, trustedCertificates, replyRules, desktop, unknownKeys);
    }

    public Settings withReplyRules(RuleSet value) {
        return new Settings(theme, window, dividers, recentTargets, presets, trustedCertificates, value, desktop, unknownKeys);
    }

    public Settings withTrustedCertificates(List<TrustedCertificate> value) {
        return new Settings(theme, window, dividers, recentTargets, presets, value, replyRules, desktop, unknownKeys);
    }

    public Settings withDesktop(DesktopSettings value) {
        return new Settings(theme, window, dividers, recentTargets, presets, trustedCertificates, replyRules, value, unknownKeys);
    }

    /** The main window's position and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized,
                               @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

        public WindowBounds {
            unknownKeys = UnknownKeys.keep(unknownKeys);
        }

        public WindowBounds(double x, double y, double width, double height, boolean maximized) {
            this(x, y, width, height, maximized, Map.of());
        }
    }

    /**
     * A named composer payload.
     *
     * @param name the user's name for it
     * @param mode how {@code text} is read: TEXT, HEX or ESCAPED
     * @param text the payload as typed
     * @param unknownKeys keys of the file this version does not know
     */
    public record Preset(String name, String mode, String text,
                         @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

        public Preset {
            name = name == null ? "" : name;
            mode = mode == null ? "TEXT" : mode;
            text = text == null ? "" : text;
            unknownKeys = UnknownKeys.keep(unknownKeys);
        }

        public Preset(String name, String mode, String text) {
            this(name, mode, text, Map.of());
        }
    }
}
