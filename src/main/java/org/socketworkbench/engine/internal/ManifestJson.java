package org.socketworkbench.engine.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads a manifest.json text into its top-level object, and names JSON types in error messages. */
public final class ManifestJson {

    private ManifestJson() {
    }

    /**
     * The manifest's top-level object.
     *
     * @throws IllegalArgumentException when the text is not valid JSON (the message gives line
     *         and column) or its top level is not an object
     */
    public static Map<String, Object> parseObject(String manifestJson) {
        Objects.requireNonNull(manifestJson, "manifestJson");
        Object root;
        try {
            root = Json.parse(manifestJson);
        } catch (JsonSyntaxException malformed) {
            throw new IllegalArgumentException("Manifest is not valid JSON: " + malformed.getMessage(), malformed);
        }
        if (!(root instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("Manifest must be a JSON object, but it is " + describe(root) + ".");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> manifest = (Map<String, Object>) object;
        return manifest;
    }

    /** A JSON value's type in words, for messages: "a string", "a list", "an object", ... */
    public static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String _ -> "a string";
            case Boolean _ -> "a boolean";
            case Number _ -> "a number";
            case List<?> _ -> "a list";
            case Map<?, ?> _ -> "an object";
            default -> value.getClass().getSimpleName();
        };
    }
}
