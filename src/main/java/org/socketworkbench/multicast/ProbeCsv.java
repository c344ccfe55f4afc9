package org.socketworkbench.multicast;

import org.socketworkbench.traffic.CsvExporter;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes {@link ExportRows} as CSV (RFC 4180, as the traffic export): a header line, then one line per row. */
public final class ProbeCsv {

    private ProbeCsv() {
    }

    /** Writes the rows; an empty list writes nothing (there are no columns to name). Does not close the writer. */
    public static void write(List<Map<String, Object>> rows, Writer out) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        out.write(String.join(",", rows.getFirst().keySet()));
        out.write("\r\n");
        for (Map<String, Object> row : rows) {
            boolean first = true;
            for (Object value : row.values()) {
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(CsvExporter.quote(text(value)));
            }
            out.write("\r\n");
        }
        out.flush();
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Double d -> String.format(Locale.ROOT, "%.4f", d);
            default -> value.toString();
        };
    }
}
