package org.socketworkbench.settings;

import org.socketworkbench.datafiles.DataFile;
import org.socketworkbench.datafiles.DataFormat;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Composer presets as a JSON file to share (as Packet Sender users share theirs), a
 * {@link DataFile} like the settings:
 * <pre>
 * {"version": 1, "format": "socket-workbench-presets",
 *  "presets": [{"name": "ping", "mode": "ESCAPED", "text": "ping\\r\\n"}]}
 * </pre>
 * A file that is not such a document, or a preset whose text does not parse in its mode, is
 * refused as a whole with a message that says which preset and why: an import never brings in
 * half a file, and never touches the file it read.
 */
public final class PresetFile {

    public static final String FORMAT_NAME = "socket-workbench-presets";
    static final DataFormat<Document> FORMAT = DataFormat.first(() -> Texts.get("settings.kind.presets"), Document.class,
            () -> Document.of(List.of()));
    /** Far more than any set of presets; keeps a wrong file from filling memory. */
    static final long MAX_BYTES = 16L << 20;

    /**
     * The file's content (its version is the data file's).
     *
     * @param format  {@link #FORMAT_NAME}, so that another JSON file is not taken for presets
     * @param presets the presets in order
     */
    public record Document(String format, List<Settings.Preset> presets) {

        public static Document of(List<Settings.Preset> presets) {
            return new Document(FORMAT_NAME, List.copyOf(presets));
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
        new DataFile<>(file, FORMAT).save(Document.of(presets));
    }

    public static List<Settings.Preset> read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new PresetFileException(Texts.get("settings.presets.tooLarge", file.getFileName()));
        }
        Document document;
        try {
            document = new DataFile<>(file, FORMAT).readStrictly();
        } catch (IOException e) {
            throw new PresetFileException(Texts.get("settings.presets.notPresets", file.getFileName(), e.getMessage()));
        }
        if (!FORMAT_NAME.equals(document.format())) {
            throw new PresetFileException(Texts.get("settings.presets.noFormat", file.getFileName(), FORMAT_NAME));
        }
        if (document.presets() == null) {
            throw new PresetFileException(Texts.get("settings.presets.noList", file.getFileName()));
        }
        for (int i = 0; i < document.presets().size(); i++) {
            check(document.presets().get(i), i + 1);
        }
        return List.copyOf(document.presets());
    }

    private static void check(Settings.Preset preset, int number) throws PresetFileException {
        if (preset == null || preset.name().isBlank()) {
            throw new PresetFileException(Texts.get("settings.presets.noName", number));
        }
        PayloadFormat format;
        try {
            format = PayloadFormat.valueOf(preset.mode());
        } catch (IllegalArgumentException e) {
            throw new PresetFileException(Texts.get("settings.presets.badMode", number, preset.name(), preset.mode()));
        }
        try {
            PayloadParser.parse(preset.text(), format);
        } catch (PayloadFormatException e) {
            throw new PresetFileException(Texts.get("settings.presets.badText", number, preset.name(), e.getMessage()));
        }
    }
}
