package org.socketworkbench.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * A benchmark's {@code key=value} options, from {@code -Dbench.args="runs=9 image=DIR"} (the bench
 * profile appends them to the benchmark's name on BenchMain's command line).
 */
record BenchOptions(Map<String, String> values) {

    static BenchOptions of(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("benchmark option '" + args[i] + "' is not key=value");
            }
            values.put(args[i].substring(0, equals), args[i].substring(equals + 1));
        }
        return new BenchOptions(Map.copyOf(values));
    }

    String text(String key, String otherwise) {
        return values.getOrDefault(key, otherwise);
    }

    int number(String key, int otherwise) {
        return values.containsKey(key) ? Integer.parseInt(values.get(key)) : otherwise;
    }
}
