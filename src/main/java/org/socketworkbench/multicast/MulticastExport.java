package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** What the multicast view exports, and how to write it to a file (complete or not at all). */
public enum MulticastExport {
    ROSTER_CSV("csv"),
    MATRIX_CSV("csv"),
    JSON("json");

    private final String extension;

    MulticastExport(String extension) {
        this.extension = extension;
    }

    /** What it is called, in the current language ({@code multicast.export.NAME}). */
    public String label() {
        return Texts.get("multicast.export." + name());
    }

    public String extension() {
        return extension;
    }

    /** Writes next to the target and moves it into place when done. */
    public void write(RosterSnapshot snapshot, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".part");
        try {
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                switch (this) {
                    case ROSTER_CSV -> ProbeCsv.write(ExportRows.roster(snapshot), out);
                    case MATRIX_CSV -> ProbeCsv.write(ExportRows.matrix(snapshot), out);
                    case JSON -> ProbeJson.write(snapshot, out);
                }
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    @Override
    public String toString() {
        return label();
    }
}
