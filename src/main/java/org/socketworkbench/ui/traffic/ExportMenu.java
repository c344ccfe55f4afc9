package org.socketworkbench.ui.traffic;

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
        super("Export");
        this.model = model;
        this.chooser = chooser;
        setId("exportMenu");
        getItems().addAll(
                item("exportPcapng", "Capture as pcapng (Wireshark)\u2026", ExportFormat.PCAPNG, false),
                item("exportPcapngView", "Filtered view as pcapng\u2026", ExportFormat.PCAPNG, true),
                new SeparatorMenuItem(),
                item("exportCsv", "Capture as CSV\u2026", ExportFormat.CSV, false),
                item("exportCsvView", "Filtered view as CSV\u2026", ExportFormat.CSV, true));
    }

    private MenuItem item(String id, String text, ExportFormat format, boolean viewOnly) {
        MenuItem item = new MenuItem(text);
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
