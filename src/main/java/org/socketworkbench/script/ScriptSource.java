package org.socketworkbench.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A script to run.
 *
 * @param name the name errors are reported with (the file name, e.g. {@code app.js})
 * @param text the JavaScript source
 */
public record ScriptSource(String name, String text) {

    public ScriptSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /** Reads a UTF-8 script file; errors are reported with its file name. */
    public static ScriptSource read(Path file) throws IOException {
        return new ScriptSource(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
}
