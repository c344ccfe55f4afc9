package org.socketworkbench.traffic;

import org.socketworkbench.i18n.Texts;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/** The file formats a capture can be exported to, and how to write one to a file. */
public enum ExportFormat {
    PCAPNG("pcapng"),
    CSV("csv");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * Writes the payloads to {@code target}. The file appears complete or not at all: it is
     * written next to the target and moved into place when done.
     */
    public void write(List<CapturedPayload> payloads, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                writeTo(payloads, out);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private void writeTo(List<CapturedPayload> payloads, OutputStream out) throws IOException {
        switch (this) {
            case PCAPNG -> PcapngWriter.write(payloads, out);
            case CSV -> {
                Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                CsvExporter.write(payloads, writer);
            }
        }
    }

    /** The format's name in the current language (the file dialogs show it). */
    @Override
    public String toString() {
        return Texts.get("traffic.exportFormat." + name());
    }
}
