package org.socketworkbench.workspace;

import org.socketworkbench.datafiles.DataFile;
import org.socketworkbench.datafiles.DataFormat;
import org.socketworkbench.datafiles.DataJson;
import org.socketworkbench.i18n.Texts;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Workspaces as JSON files (src/docs/workspace-format.md): the {@link Workspace} record as a data
 * file of the workbench, written atomically. Unlike settings, a workspace written by a newer
 * version is refused whole rather than read as far as this one understands it: opening half a
 * bench without saying which half would mislead more than opening none.
 */
public final class WorkspaceFile {

    public static final String FORMAT_NAME = "socket-workbench-workspace";
    /** The suffix the file dialogs offer. */
    public static final String EXTENSION = ".json";
    static final DataFormat<Workspace> FORMAT = DataFormat.first(FORMAT_NAME, Workspace.class, Workspace::empty);
    /** Far more than any bench; keeps a wrong file from filling memory. */
    static final long MAX_BYTES = 16L << 20;

    /** A file that is not a workspace this version opens; the message says why, for the user. */
    public static final class WorkspaceFileException extends IOException {
        WorkspaceFileException(String message) {
            super(message);
        }
    }

    private WorkspaceFile() {
    }

    public static void write(Path file, Workspace workspace) throws IOException {
        new DataFile<>(file, FORMAT).save(workspace);
    }

    /**
     * The workspace in {@code file}; the file is left as it is.
     *
     * @throws WorkspaceFileException when it is too large, not a workspace, or from a newer version
     * @throws IOException            when it cannot be read
     */
    public static Workspace read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (Files.size(file) > MAX_BYTES) {
            throw new WorkspaceFileException(Texts.get("workspace.file.tooLarge", name));
        }
        refuseNewer(name, Files.readAllBytes(file));
        Workspace workspace;
        try {
            workspace = new DataFile<>(file, FORMAT).readStrictly();
        } catch (IOException e) {
            throw new WorkspaceFileException(Texts.get("workspace.file.notAWorkspace", name, e.getMessage()));
        }
        if (!FORMAT_NAME.equals(workspace.format())) {
            throw new WorkspaceFileException(Texts.get("workspace.file.noFormat", name, FORMAT_NAME));
        }
        return workspace;
    }

    /** The version this build writes and reads up to. */
    public static int version() {
        return FORMAT.version();
    }

    private static void refuseNewer(String name, byte[] text) throws WorkspaceFileException {
        JsonNode version;
        try {
            version = DataJson.mapper().readTree(text).get(DataFile.VERSION);
        } catch (JacksonException e) {
            return; // not JSON: readStrictly says where and what
        }
        if (version != null && version.isInt() && version.intValue() > FORMAT.version()) {
            throw new WorkspaceFileException(Texts.get("workspace.file.newer", name, version.intValue(), FORMAT.version()));
        }
    }
}
