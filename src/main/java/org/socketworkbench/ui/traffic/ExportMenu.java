package org.socketworkbench.ui.traffic;

import org.socketworkbench.ui.FxTexts;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.socketworkbench.traffic.ExportFormat;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** "Export": the whole capture or the rows in view, as pcapng or CSV. */
final class ExportMenu extends MenuButton {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final TrafficViewModel model;
    private final SaveFileChooser chooser;

    ExportMenu(TrafficViewModel model, SaveFileChooser chooser) {
        FxTexts.bind(this, "traffic.export");
        this.model = model;
        this.chooser = chooser;
        setId("exportMenu");
        getItems().addAll(
                item("exportPcapng", "traffic.export.capturePcapng", ExportFormat.PCAPNG, false),
                item("exportPcapngView", "traffic.export.viewPcapng", ExportFormat.PCAPNG, true),
                new SeparatorMenuItem(),
                item("exportCsv", "traffic.export.captureCsv", ExportFormat.CSV, false),
                item("exportCsvView", "traffic.export.viewCsv", ExportFormat.CSV, true));
    }

    private MenuItem item(String id, String key, ExportFormat format, boolean viewOnly) {
        MenuItem item = FxTexts.bind(new MenuItem(), key);
        item.setId(id);
        item.setOnAction(e -> exportTo(format, viewOnly));
        return item;
    }

    /** Asks where, then exports the whole capture or the filtered view. */
    void exportTo(ExportFormat format, boolean viewOnly) {
        String name = "traffic-" + LocalDateTime.now().format(FILE_TIME) + (viewOnly ? "-view." : ".") + format.extension();
        chooser.choose(getScene() == null ? null : getScene().getWindow(), format, name)
                .ifPresent(path -> model.export(format, viewOnly, path));
    }
}
