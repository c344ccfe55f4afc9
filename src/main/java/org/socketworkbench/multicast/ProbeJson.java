package org.socketworkbench.multicast;

import org.socketworkbench.datafiles.JsonOutput;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the roster and the matrix as one JSON document, {@code {"matrix": [rows], "roster":
 * [rows], "taken_at_ns": ...}}, with the fields of {@link ExportRows} (null where a figure is not
 * known), in the workbench's one JSON configuration ({@link JsonOutput}: keys in order, two-space
 * indents).
 */
public final class ProbeJson {

    private ProbeJson() {
    }

    /** Does not close the writer. */
    public static void write(RosterSnapshot snapshot, Writer out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("taken_at_ns", snapshot.takenAtNanos());
        document.put("roster", ExportRows.roster(snapshot));
        document.put("matrix", ExportRows.matrix(snapshot));
        out.write(JsonOutput.document(document));
        out.flush();
    }
}
