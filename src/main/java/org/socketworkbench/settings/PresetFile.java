package org.socketworkbench.settings;

import org.socketworkbench.engine.internal.ChromeJsonText;
import org.socketworkbench.engine.internal.Json;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composer presets as a JSON file to share (as Packet Sender users share theirs):
 * <pre>
 * {"format": "socket-workbench-presets", "version": 1,
 *  "presets": [{"name": "ping", "mode": "ESCAPED", "text": "ping\\r\\n"}]}
 * </pre>
 * {@link Document} and {@link Settings.Preset} map 1:1 onto that JSON; the reading and writing
 * stay in this one class so that moving them onto the project's data-file library changes
 * nothing else. A file that is not such a document, or a preset whose text does not parse in its
 * mode, is refused as a whole with a message that says which preset and why: an import never
 * brings in half a file.
 */
public final class PresetFile {

    public static final String FORMAT = "socket-workbench-presets";
    public static final int VERSION = 1;
    /** Far more than any set of presets; keeps a wrong file from filling memory. */
    static final long MAX_BYTES = 16L << 20;

    /** The file's content. */
    public record Document(String format, int version, List<Settings.Preset> presets) {

        public Document {
            presets = List.copyOf(presets);
        }

        public static Document of(List<Settings.Preset> presets) {
            return new Document(FORMAT, VERSION, presets);
        }
    }

    /** A file that is not a presets document; the message says what is wrong, for the user. */
    public static final class PresetFileException extends IOException {
        PresetFileException(String message) {
            super(message);
        }
    }

    private PresetFile() {
    }

    public static void write(Path file, List<Settings.Preset> presets) throws IOException {
        Document document = Document.of(presets);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", document.format());
        json.put("version", (long) document.version());
        List<Object> list = new ArrayList<>();
        for (Settings.Preset preset : document.presets()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", preset.name());
            entry.put("mode", preset.mode());
            entry.put("text", preset.text());
            list.add(entry);
        }
        json.put("presets", list);
        Files.writeString(file, ChromeJsonText.write(json) + "\n", StandardCharsets.UTF_8);
    }

    public static List<Settings.Preset> read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new PresetFileException(file.getFileName() + " is larger than 16 MiB: not a presets file");
        }
        Object parsed;
        try {
            parsed = Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new PresetFileException(file.getFileName() + " is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> json) || !FORMAT.equals(json.get("format"))) {
            throw new PresetFileException(file.getFileName() + " is not a presets file (it needs \"format\": \""
                    + FORMAT + "\")");
        }
        if (!(json.get("version") instanceof Number version) || version.intValue() != VERSION) {
            throw new PresetFileException(file.getFileName() + " has version " + json.get("version")
                    + "; this workbench reads version " + VERSION);
        }
        if (!(json.get("presets") instanceof List<?> entries)) {
            throw new PresetFileException(file.getFileName() + " has no \"presets\" list");
        }
        List<Settings.Preset> presets = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            presets.add(preset(entries.get(i), i + 1));
        }
        return new Document(FORMAT, VERSION, presets).presets();
    }

    private static Settings.Preset preset(Object entry, int number) throws PresetFileException {
        if (!(entry instanceof Map<?, ?> map) || !(map.get("name") instanceof String name) || name.isBlank()
                || !(map.get("mode") instanceof String mode) || !(map.get("text") instanceof String text)) {
            throw new PresetFileException("Preset " + number + " needs a \"name\", a \"mode\" and a \"text\", all strings");
        }
        PayloadFormat format;
        try {
            format = PayloadFormat.valueOf(mode);
        } catch (IllegalArgumentException e) {
            throw new PresetFileException("Preset " + number + " (\"" + name + "\") has mode \"" + mode
                    + "\"; expected TEXT, HEX or ESCAPED");
        }
        try {
            PayloadParser.parse(text, format);
        } catch (PayloadFormatException e) {
            throw new PresetFileException("Preset " + number + " (\"" + name + "\"): " + e.getMessage());
        }
        return new Settings.Preset(name, mode, text);
    }
}
