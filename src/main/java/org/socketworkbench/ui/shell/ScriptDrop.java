package org.socketworkbench.ui.shell;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Dropping a {@code .js} file onto the window opens it in the console, and a {@code .json}
 * workspace opens the bench it holds (src/docs/workspace-format.md). Other files are refused (the
 * cursor says so), so a drop never does something unexpected.
 */
public final class ScriptDrop {

    private ScriptDrop() {
    }

    /** The script among dropped files: the first {@code .js} regular file. */
    public static Optional<Path> scriptIn(List<File> files) {
        return firstEndingIn(files, List.of(".js"));
    }

    /** What a drop opens: the first {@code .js} script or {@code .json} workspace among regular files. */
    public static Optional<Path> openableIn(List<File> files) {
        return firstEndingIn(files, List.of(".js", ".json"));
    }

    private static Optional<Path> firstEndingIn(List<File> files, List<String> extensions) {
        return files.stream()
                .filter(File::isFile)
                .filter(f -> extensions.stream().anyMatch(f.getName().toLowerCase(Locale.ROOT)::endsWith))
                .map(File::toPath)
                .findFirst();
    }

    /** Makes {@code target} accept dropped scripts and workspaces and hand them to {@code open}. */
    public static void install(Node target, Consumer<Path> open) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (openableIn(files(event.getDragboard())).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> script = openableIn(files(event.getDragboard()));
            script.ifPresent(open);
            event.setDropCompleted(script.isPresent());
            event.consume();
        });
    }

    private static List<File> files(Dragboard board) {
        return board.hasFiles() ? board.getFiles() : List.of();
    }
}
