package org.socketworkbench.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.settings.DesktopSettings;
import org.socketworkbench.testing.FxExtension;
import org.testfx.api.FxRobot;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Column widths and sort order go into the settings and come back. */
class TableLayoutsTest {

    private final FxRobot robot = new FxRobot();

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @Test
    void widthsAndSortOrderRoundTripByTableIdAndColumnTitle() throws Exception {
        VBox[] root = new VBox[1];
        fx.mount(() -> root[0] = new VBox(table()), 600, 300);
        Map<String, DesktopSettings.TableLayout> saved = Map.of("sample", new DesktopSettings.TableLayout(
                Map.of("Name", 210.0, "Gone", 50.0), List.of(new DesktopSettings.SortKey("Size", false))));
        robot.interact(() -> TableLayouts.restore(root[0], saved));
        robot.interact(() -> root[0].layout());
        Map<String, DesktopSettings.TableLayout> captured = captured(root[0]);
        assertEquals(210.0, captured.get("sample").widths().get("Name"));
        assertEquals(80.0, captured.get("sample").widths().get("Size"), "a column the file does not name keeps its width");
        assertEquals(List.of(new DesktopSettings.SortKey("Size", false)), captured.get("sample").sortOrder());
    }

    private Map<String, DesktopSettings.TableLayout> captured(VBox root) {
        @SuppressWarnings("unchecked")
        Map<String, DesktopSettings.TableLayout>[] result = new Map[1];
        robot.interact(() -> result[0] = TableLayouts.capture(root));
        return result[0];
    }

    private static TableView<String> table() {
        TableView<String> table = new TableView<>();
        table.setId("sample");
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setPrefWidth(100);
        TableColumn<String, String> size = new TableColumn<>("Size");
        size.setPrefWidth(80);
        table.getColumns().setAll(List.of(name, size));
        return table;
    }
}
