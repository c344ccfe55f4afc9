package org.socketworkbench.datafiles;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one Jackson configuration for the workbench's own JSON: data files ({@link DataFile}) and
 * the command line's {@code --json} outputs ({@link JsonOutput}) look alike and read alike.
 */
public final class DataJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(prettyPrinter())
            // Keys in the order the record declares its components (Jackson 3 sorts by name by
            // default); maps by key, so no HashMap makes the output differ from run to run.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            // Unknown keys never fail a read: records that keep them collect them (see the
            // package documentation), the others ignore them.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Kept numbers are written back digit for digit, not as the nearest double.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // A key given twice in a hand-edited file is a mistake to report, not to guess at;
            // text after the value likewise.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Enums by name (Jackson 3 uses toString, which our enums give as UI labels that
            // change with the wording and the language).
            .disable(EnumFeature.WRITE_ENUMS_USING_TO_STRING)
            .disable(EnumFeature.READ_ENUMS_USING_TO_STRING)
            .build();

    private DataJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Two-space indents, {@code "key": value}, one array element per line, {@code []} and {@code {}} when empty, "\n" on every platform. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
