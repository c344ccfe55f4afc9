package org.socketworkbench.datafiles;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One data file of a {@link DataFormat}. Loading never fails: a missing file gives the defaults;
 * an unreadable or corrupt one gives the defaults plus a warning for the user, and is moved
 * aside as {@code <name>.corrupt} so nothing the user had is lost. Saving writes a temporary
 * file beside it, forces it to disk and moves it into place, so a crash leaves the old file or
 * the new one, never half of either.
 */
public final class DataFile<T> {

    /** The key every file starts with; records must not have a component of that name. */
    public static final String VERSION = "version";
    static final String CORRUPT_SUFFIX = ".corrupt";


    private static final ObjectReader ONE_VALUE =
            DataJson.mapper().reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** What {@link #load()} found: the value, and a warning for the user when the file was unusable. */
    public record Loaded<T>(T value, Optional<String> warning) {
    }

    private final Path file;
    private final DataFormat<T> format;

    public DataFile(Path file, DataFormat<T> format) {
        this.file = file;
        this.format = format;
    }

    public Path file() {
        return file;
    }

    public Loaded<T> load() {
        if (!Files.exists(file)) {
            return new Loaded<>(format.defaults().get(), Optional.empty());
        }
        try {
            return new Loaded<>(read(Files.readAllBytes(file)), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Loaded<>(format.defaults().get(), Optional.of(keepAside(e)));
        }
    }

    /**
     * The file's value, for a file the user chose to import: unlike {@link #load()} there are no
     * defaults and nothing is moved aside; any problem is an IOException that says where and what.
     */
    public T readStrictly() throws IOException {
        try {
            return read(Files.readAllBytes(file));
        } catch (JacksonException e) {
            throw new IOException(reason(e), e);
        }
    }

    /** The value of a file's text: IOException for a well-formed file of the wrong shape, JacksonException for the rest. */
    T read(byte[] text) throws IOException {
        JsonNode tree = tree(text);
        if (!(tree instanceof ObjectNode root)) {
            String found = tree.isMissingNode() ? "nothing" : "a JSON " + tree.getNodeType().name().toLowerCase(Locale.ROOT);
            throw new IOException(Texts.get("datafiles.reason.notAnObject", found));
        }
        int version = version(root.remove(VERSION));
        for (int step = version; step < format.version(); step++) {
            format.migration().upgrade(step, root);
        }
        return DataJson.mapper().treeToValue(root, format.type());
    }

    /** The file's JSON, saying in words (not Jackson's) when more follows the value. */
    private static JsonNode tree(byte[] text) throws IOException {
        try (JsonParser parser = DataJson.mapper().createParser(text)) {
            JsonNode tree = ONE_VALUE.readTree(parser);
            if (tree != null && parser.nextToken() != null) {
                TokenStreamLocation at = parser.currentTokenLocation();
                throw new IOException(Texts.get("datafiles.reason.textAfter", at.getLineNr(), at.getColumnNr()));
            }
            return tree == null ? MissingNode.getInstance() : tree;
        }
    }

    /**
     * A file without a version is taken as written for this one (by hand, from the documentation);
     * one from a newer version is read as far as this one understands it, its new keys kept.
     */
    private int version(JsonNode value) throws IOException {
        if (value == null) {
            return format.version();
        }
        if (!value.isInt() || value.intValue() < 1) {
            throw new IOException(Texts.get("datafiles.reason.badVersion", value));
        }
        return value.intValue();
    }

    private String keepAside(Exception problem) {
        String warning = Texts.get("datafiles.warning.couldNotRead", format.description(), file, reason(problem));
        Path aside = file.resolveSibling(file.getFileName() + CORRUPT_SUFFIX);
        try {
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            return warning + Texts.get("datafiles.warning.keptAs", aside);
        } catch (IOException e) {
            return warning + Texts.get("datafiles.warning.end");
        }
    }

    /** Where in the file and what, in words: "line 3, column 5: ..." or "window.x: ...". */
    static String reason(Exception problem) {
        if (problem instanceof JacksonException jackson) {
            TokenStreamLocation at = jackson.getLocation();
            String path = path(jackson.getPath());
            String where = at != null && at.getLineNr() > 0 ? Texts.get("datafiles.reason.at", at.getLineNr(), at.getColumnNr())
                    : path;
            return where.isEmpty() ? jackson.getOriginalMessage() : where + ": " + jackson.getOriginalMessage();
        }
        return problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage();
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Writes {@code value}; IOException when the directory cannot be written (the old file then stays as it was). */
    public void save(T value) throws IOException {
        byte[] text = text(value);
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, file.getFileName().toString(), ".tmp");
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(text);
                while (bytes.hasRemaining()) {
                    out.write(bytes);
                }
                out.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The file's text: the version first, then the value's keys. Built whole before the disk is touched. */
    byte[] text(T value) {
        JsonNode body = DataJson.mapper().valueToTree(value);
        if (!(body instanceof ObjectNode keys) || keys.has(VERSION)) {
            throw new IllegalArgumentException(format.type().getName() + " must be written as a JSON object without a \""
                    + VERSION + "\" key");
        }
        ObjectNode root = DataJson.mapper().createObjectNode();
        root.put(VERSION, format.version());
        root.setAll(keys);
        return (DataJson.mapper().writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
