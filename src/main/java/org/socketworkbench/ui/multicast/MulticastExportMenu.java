package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.socketworkbench.multicast.MulticastExport;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** "Export": the roster or the matrix as CSV, or both as JSON, as they are now. */
final class MulticastExportMenu extends MenuButton {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    /** Asks where to save; a seam so tests answer without a native dialog. FX thread. */
    @FunctionalInterface
    interface Chooser {
        Optional<Path> choose(Window owner, MulticastExport what, String suggestedName);

        static Chooser fileDialog() {
            return (owner, what, suggestedName) -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Texts.get("multicast.export.title", what.label()));
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what.label(), "*." + what.extension()));
                File file = chooser.showSaveDialog(owner);
                return Optional.ofNullable(file).map(File::toPath);
            };
        }
    }

    MulticastExportMenu(MulticastViewModel model, Chooser chooser) {
        FxTexts.bind(this, "multicast.export.menu");
        setId("multicastExport");
        for (MulticastExport what : MulticastExport.values()) {
            MenuItem item = FxTexts.bind(new MenuItem(), "multicast.export.item", FxTexts.text("multicast.export." + what.name()));
            item.setId("export-" + what.name());
            item.setOnAction(e -> {
                String name = (what == MulticastExport.MATRIX_CSV ? "matrix-" : "roster-")
                        + LocalDateTime.now().format(FILE_TIME) + "." + what.extension();
                chooser.choose(getScene() == null ? null : getScene().getWindow(), what, name)
                        .ifPresent(path -> model.export(what, path));
            });
            getItems().add(item);
        }
    }
}
