package org.socketworkbench.ui.menu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The third-party libraries the app ships, with their licences (from {@code bundled-libraries.txt}). */
public final class BundledLibraries {

    /** One library: its Maven coordinates, its name and its licence. */
    public record Library(String coordinates, String name, String licence) {
    }

    private BundledLibraries() {
    }

    public static List<Library> all() {
        try (InputStream in = BundledLibraries.class.getResourceAsStream("bundled-libraries.txt")) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\s*\\|\\s*", 3))
                    .filter(parts -> parts.length == 3)
                    .map(parts -> new Library(parts[0], parts[1], parts[2]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
