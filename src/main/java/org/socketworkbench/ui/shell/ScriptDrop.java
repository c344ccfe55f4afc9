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
 * Dropping a {@code .js} file onto the window opens it in the console. Other files are refused
 * (the cursor says so), so a drop never does something unexpected.
 */
public final class ScriptDrop {

    private ScriptDrop() {
    }

    /** The script among dropped files: the first {@code .js} regular file. */
    public static Optional<Path> scriptIn(List<File> files) {
        return files.stream()
                .filter(File::isFile)
                .filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".js"))
                .map(File::toPath)
                .findFirst();
    }

    /** Makes {@code target} accept dropped scripts and hand them to {@code open}. */
    public static void install(Node target, Consumer<Path> open) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (scriptIn(files(event.getDragboard())).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> script = scriptIn(files(event.getDragboard()));
            script.ifPresent(open);
            event.setDropCompleted(script.isPresent());
            event.consume();
        });
    }

    private static List<File> files(Dragboard board) {
        return board.hasFiles() ? board.getFiles() : List.of();
    }
}
