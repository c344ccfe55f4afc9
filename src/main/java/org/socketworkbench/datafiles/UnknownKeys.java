package org.socketworkbench.datafiles;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys a record read from a data file did not know, kept so the next save writes them back
 * (see the package documentation). Values are what Jackson makes of JSON: String, Boolean,
 * Integer/Long/BigInteger, BigDecimal, List, Map, or null.
 */
public final class UnknownKeys {

    private UnknownKeys() {
    }

    /** An unmodifiable copy in the same order; none for null (Jackson passes null when the file had none). */
    public static Map<String, Object> keep(Map<String, Object> keys) {
        return keys == null || keys.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }
}
