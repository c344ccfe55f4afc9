package org.socketworkbench.script;

import org.socketworkbench.engine.SocketPermissions;
import org.socketworkbench.engine.SocketsPermissions;
import org.socketworkbench.i18n.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a script's sockets may do: the {@code "socket"} permission of its manifest.json for
 * {@code chrome.socket} and the {@code "sockets"} key for {@code chrome.sockets.*}, or everything
 * when the script has no manifest. The script's bindings check these themselves, so they apply
 * whatever engine the script runs on.
 *
 * @param socket  rules for chrome.socket (contract §3)
 * @param sockets rules for chrome.sockets.* (contract §10)
 * @param notes   console lines to show when the script starts (where the rules come from,
 *                rules Chrome would drop)
 */
public record ScriptPermissions(SocketPermissions socket, SocketsPermissions sockets, List<ConsoleLine> notes) {

    /** The manifest file name Chrome Apps use. */
    public static final String MANIFEST = "manifest.json";

    public ScriptPermissions {
        Objects.requireNonNull(socket, "socket");
        Objects.requireNonNull(sockets, "sockets");
        notes = List.copyOf(notes);
    }

    /**
     * Every operation allowed; the console says so, naming {@code why} (e.g. which manifest is
     * missing), a text in the current language like the rest of the line.
     */
    public static ScriptPermissions allowAll(String why) {
        return new ScriptPermissions(SocketPermissions.allowAll(), SocketsPermissions.allowAll(),
                List.of(new ConsoleLine(ConsoleLevel.NOTE, Texts.get("script.permissions.allAllowed", why))));
    }

    /** The manifest.json beside {@code script} when there is one, otherwise everything allowed. */
    public static ScriptPermissions forScript(Path script) throws IOException {
        Path manifest = script.toAbsolutePath().resolveSibling(MANIFEST);
        if (Files.isRegularFile(manifest)) {
            return fromManifest(manifest);
        }
        return allowAll(Texts.get("script.permissions.noManifestBeside", MANIFEST, script.getFileName()));
    }

    /**
     * Reads a manifest.json.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when Chrome would refuse to load it; the message starts
     *                                  with the file name
     */
    public static ScriptPermissions fromManifest(Path manifest) throws IOException {
        String json = Files.readString(manifest, StandardCharsets.UTF_8);
        String name = manifest.getFileName().toString();
        try {
            return fromManifestText(name, json);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #fromManifest(Path)} for manifest text; {@code name} labels the console notes. */
    public static ScriptPermissions fromManifestText(String name, String json) {
        SocketPermissions socket = SocketPermissions.fromManifest(json);
        SocketsPermissions sockets = SocketsPermissions.fromManifest(json);
        List<ConsoleLine> notes = new ArrayList<>();
        notes.add(new ConsoleLine(ConsoleLevel.NOTE, Texts.get("script.permissions.from", name, socket, sockets)));
        for (String warning : socket.warnings()) {
            notes.add(new ConsoleLine(ConsoleLevel.WARN, name + ": " + warning));
        }
        for (String warning : sockets.warnings()) {
            notes.add(new ConsoleLine(ConsoleLevel.WARN, name + ": " + warning));
        }
        return new ScriptPermissions(socket, sockets, notes);
    }
}
