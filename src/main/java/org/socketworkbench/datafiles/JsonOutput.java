package org.socketworkbench.datafiles;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;

/**
 * JSON for the command line's {@code --json} outputs, in the data files' configuration (same key
 * order, same number and text forms). Outputs are records; a record's package must be open to
 * {@code tools.jackson.databind} in module-info.
 */
public final class JsonOutput {

    private static final ObjectWriter DOCUMENT = DataJson.mapper().writer();
    private static final ObjectWriter LINE = DataJson.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private JsonOutput() {
    }

    /** A command's one result, pretty-printed, with a final newline ({@code probe --json}'s summary). */
    public static String document(Object value) {
        return DOCUMENT.writeValueAsString(value) + "\n";
    }

    /**
     * One result of a stream on a single line with its newline, so a stream of them is JSON
     * Lines that {@code jq} and line-based tools read as it comes ({@code listen --json}).
     */
    public static String line(Object value) {
        return LINE.writeValueAsString(value) + "\n";
    }
}
