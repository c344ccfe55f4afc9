package org.socketworkbench.settings;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import org.socketworkbench.datafiles.UnknownKeys;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How the window looks and what it remembers for the desktop: font size, the panes the user hid,
 * split positions and table columns (by the id of the split or table), and the scripts and files
 * opened lately. One record, so the settings file keeps these together.
 *
 * @param fontSize    the window's font size in pixels, 0 for the theme's own
 * @param hiddenPanes names of the panes hidden from the View menu
 * @param recentFiles absolute paths, newest first
 * @param splits      divider positions by split pane id
 * @param tables      column widths and sort order by table id
 * @param language    the window's language: "system", "en" or "zh-CN" (i18n.Language tags)
 * @param restoreWorkspace whether the last workspace opens again at start (src/docs/workspace-format.md)
 * @param lastWorkspace    the workspace file saved or opened last, absolute, or "" for none
 * @param unknownKeys keys of the file this version does not know
 */
public record DesktopSettings(double fontSize, List<String> hiddenPanes, List<String> recentFiles,
                              Map<String, List<Double>> splits, Map<String, TableLayout> tables,
                              String language, boolean restoreWorkspace, String lastWorkspace,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

    /** How many recent files the File menu offers. */
    public static final int MAX_RECENT = 10;

    public DesktopSettings {
        fontSize = fontSize < 0 ? 0 : fontSize;
        hiddenPanes = hiddenPanes == null ? List.of() : List.copyOf(hiddenPanes);
        recentFiles = recentFiles == null ? List.of() : List.copyOf(recentFiles.subList(0, Math.min(MAX_RECENT, recentFiles.size())));
        splits = ordered(splits, List::copyOf);
        tables = ordered(tables, Function.identity());
        language = language == null || language.isBlank() ? "system" : language;
        lastWorkspace = lastWorkspace == null ? "" : lastWorkspace;
        unknownKeys = UnknownKeys.keep(unknownKeys);
    }

    public static DesktopSettings defaults() {
        return new DesktopSettings(0, List.of(), List.of(), Map.of(), Map.of(), "system", false, "", Map.of());
    }

    /** Without a language (the shape before the window was translated). */
    public DesktopSettings(double fontSize, List<String> hiddenPanes, List<String> recentFiles,
                           Map<String, List<Double>> splits, Map<String, TableLayout> tables,
                           Map<String, Object> unknownKeys) {
        this(fontSize, hiddenPanes, recentFiles, splits, tables, "system", false, "", unknownKeys);
    }

    /** Without the workspace to restore (the shape before workspaces). */
    public DesktopSettings(double fontSize, List<String> hiddenPanes, List<String> recentFiles,
                           Map<String, List<Double>> splits, Map<String, TableLayout> tables, String language,
                           Map<String, Object> unknownKeys) {
        this(fontSize, hiddenPanes, recentFiles, splits, tables, language, false, "", unknownKeys);
    }

    public DesktopSettings withRestoreWorkspace(boolean value) {
        return new DesktopSettings(fontSize, hiddenPanes, recentFiles, splits, tables, language, value, lastWorkspace,
                unknownKeys);
    }

    public DesktopSettings withLastWorkspace(String value) {
        return new DesktopSettings(fontSize, hiddenPanes, recentFiles, splits, tables, language, restoreWorkspace, value,
                unknownKeys);
    }

    public DesktopSettings withLanguage(String value) {
        return new DesktopSettings(fontSize, hiddenPanes, recentFiles, splits, tables, value, restoreWorkspace, lastWorkspace, unknownKeys);
    }

    public DesktopSettings withFontSize(double value) {
        return new DesktopSettings(value, hiddenPanes, recentFiles, splits, tables, language, restoreWorkspace, lastWorkspace, unknownKeys);
    }

    public DesktopSettings withHiddenPanes(List<String> value) {
        return new DesktopSettings(fontSize, value, recentFiles, splits, tables, language, restoreWorkspace, lastWorkspace, unknownKeys);
    }

    public DesktopSettings withRecentFiles(List<String> value) {
        return new DesktopSettings(fontSize, hiddenPanes, value, splits, tables, language, restoreWorkspace, lastWorkspace, unknownKeys);
    }

    public DesktopSettings withLayout(Map<String, List<Double>> splitPositions, Map<String, TableLayout> tableLayouts) {
        return new DesktopSettings(fontSize, hiddenPanes, recentFiles, splitPositions, tableLayouts, language, restoreWorkspace, lastWorkspace, unknownKeys);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map, Function<V, V> copy) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        Map<String, V> copied = new LinkedHashMap<>();
        map.forEach((key, value) -> copied.put(key, copy.apply(value)));
        return Collections.unmodifiableMap(copied);
    }

    /**
     * A table's columns as the user left them.
     *
     * @param widths    width by column title
     * @param sortOrder the sort, first key first
     */
    public record TableLayout(Map<String, Double> widths, List<SortKey> sortOrder,
                              @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

        public TableLayout {
            widths = ordered(widths, Function.identity());
            sortOrder = sortOrder == null ? List.of() : List.copyOf(sortOrder);
            unknownKeys = UnknownKeys.keep(unknownKeys);
        }

        public TableLayout(Map<String, Double> widths, List<SortKey> sortOrder) {
            this(widths, sortOrder, Map.of());
        }
    }

    /** One sort key: the column's title and the direction. */
    public record SortKey(String column, boolean ascending,
                          @JsonAnySetter @JsonAnyGetter Map<String, Object> unknownKeys) {

        public SortKey {
            column = column == null ? "" : column;
            unknownKeys = UnknownKeys.keep(unknownKeys);
        }

        public SortKey(String column, boolean ascending) {
            this(column, ascending, Map.of());
        }
    }
}
