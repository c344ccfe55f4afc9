package org.socketworkbench.replies;

import org.socketworkbench.datafiles.DataFile;
import org.socketworkbench.datafiles.DataFormat;
import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Rule sets as JSON files, to export, share and import (the GUI's Export / Import, the command
 * line's {@code listen --rules FILE}): the {@link RuleSet} record as a data file of the workbench
 * (see {@code org.socketworkbench.datafiles}), version 1. An imported set is checked like an
 * edited one; its problems are the caller's to show.
 */
public final class RuleSetFiles {

    public static final DataFormat<RuleSet> FORMAT = DataFormat.first(() -> Texts.get("replies.kind.rules"), RuleSet.class,
            () -> RuleSet.rules(Framing.PER_READ, List.of()));

    private RuleSetFiles() {
    }

    /**
     * The rule set in {@code file}; the file is left as it is.
     *
     * @throws IOException when it cannot be read or is not a rule set, saying where and what
     */
    public static RuleSet read(Path file) throws IOException {
        return new DataFile<>(file, FORMAT).readStrictly();
    }

    public static void write(Path file, RuleSet set) throws IOException {
        new DataFile<>(file, FORMAT).save(set);
    }
}
