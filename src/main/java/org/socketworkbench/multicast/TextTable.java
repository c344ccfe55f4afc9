package org.socketworkbench.multicast;

import java.util.ArrayList;
import java.util.List;

/** A plain fixed-width text table: each column as wide as its widest cell, two spaces apart. */
final class TextTable {

    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param columns headers; a header ending in {@code >} marks a right-aligned (numeric) column, the marker is not printed */
    TextTable(List<String> columns) {
        headers = columns.stream().map(c -> c.endsWith(">") ? c.substring(0, c.length() - 1) : c).toList();
        rightAligned = columns.stream().map(c -> c.endsWith(">")).toList();
    }

    void add(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("a row needs " + headers.size() + " cells, not " + cells.size()); // i18n-ok: programmer error
        }
        rows.add(List.copyOf(cells));
    }

    /** The header line and every row, each ending in a newline, without trailing spaces. */
    String render() {
        int[] widths = new int[headers.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                String cell = row.get(i);
                String padding = " ".repeat(widths[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? padding + cell : cell + padding);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(headers);
        all.addAll(rows);
        return all;
    }
}
