package org.socketworkbench.ui.traffic;

import org.socketworkbench.i18n.Texts;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.socketworkbench.traffic.ExportFormat;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks the user where to save an export. A seam, so tests can answer without a native dialog. */
@FunctionalInterface
public interface SaveFileChooser {

    /** The chosen file, or empty when the user cancelled. FX thread. */
    Optional<Path> choose(Window owner, ExportFormat format, String suggestedName);

    /** The platform's save dialog. */
    static SaveFileChooser fileDialog() {
        return (owner, format, suggestedName) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("traffic.export.title", format));
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(
                    new FileChooser.ExtensionFilter(format.toString(), "*." + format.extension()));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
