package org.socketworkbench.multicast;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the roster and the matrix as one JSON document: {@code {"taken_at_ns": ..., "roster":
 * [rows], "matrix": [rows]}} with the fields of {@link ExportRows}. The whole JSON export sits
 * behind this class, so switching it to the project's JSON library is a change here only.
 */
public final class ProbeJson {

    private ProbeJson() {
    }

    /** Does not close the writer. */
    public static void write(RosterSnapshot snapshot, Writer out) throws IOException {
        StringBuilder json = new StringBuilder("{\"taken_at_ns\":").append(snapshot.takenAtNanos());
        json.append(",\"roster\":");
        rows(ExportRows.roster(snapshot), json);
        json.append(",\"matrix\":");
        rows(ExportRows.matrix(snapshot), json);
        json.append("}\n");
        out.write(json.toString());
        out.flush();
    }

    private static void rows(List<Map<String, Object>> rows, StringBuilder json) {
        json.append('[');
        for (int i = 0; i < rows.size(); i++) {
            json.append(i == 0 ? "\n  {" : ",\n  {");
            boolean first = true;
            for (Map.Entry<String, Object> field : rows.get(i).entrySet()) {
                json.append(first ? "" : ",");
                first = false;
                string(field.getKey(), json);
                json.append(':');
                value(field.getValue(), json);
            }
            json.append('}');
        }
        json.append(rows.isEmpty() ? "]" : "\n]");
    }

    private static void value(Object value, StringBuilder json) {
        switch (value) {
            case null -> json.append("null");
            case String s -> string(s, json);
            case Double d -> json.append(Double.isFinite(d) ? Double.toString(d) : "null");
            default -> json.append(value);
        }
    }

    private static void string(String s, StringBuilder json) {
        json.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
