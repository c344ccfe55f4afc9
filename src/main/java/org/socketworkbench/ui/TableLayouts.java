package org.socketworkbench.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import org.socketworkbench.settings.DesktopSettings.SortKey;
import org.socketworkbench.settings.DesktopSettings.TableLayout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Column widths and sort order of the window's tables (every {@link TableView} and
 * {@link TreeTableView} with an id), for the saved layout. Columns are known by their title; a
 * saved column that no longer exists is ignored, a new one keeps its default width.
 */
public final class TableLayouts {

    private TableLayouts() {
    }

    /** The layout of every table with an id under {@code root}, by id. */
    public static Map<String, TableLayout> capture(Parent root) {
        Map<String, TableLayout> layouts = new LinkedHashMap<>();
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && table.getId() != null) {
                layouts.put(table.getId(), layout(table.getColumns(), sortKeys(table)));
            }
        }
        for (Node node : root.lookupAll(".tree-table-view")) {
            if (node instanceof TreeTableView<?> tree && tree.getId() != null) {
                layouts.put(tree.getId(), layout(tree.getColumns(), sortKeys(tree)));
            }
        }
        return layouts;
    }

    /** Applies saved layouts to the tables under {@code root}. */
    public static void restore(Parent root, Map<String, TableLayout> layouts) {
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && layouts.containsKey(table.getId())) {
                restore(table, layouts.get(table.getId()));
            }
        }
        for (Node node : root.lookupAll(".tree-table-view")) {
            if (node instanceof TreeTableView<?> tree && layouts.containsKey(tree.getId())) {
                restore(tree, layouts.get(tree.getId()));
            }
        }
    }

    private static TableLayout layout(List<? extends TableColumnBase<?, ?>> columns, List<SortKey> sort) {
        Map<String, Double> widths = new LinkedHashMap<>();
        columns.forEach(c -> widths.put(c.getText(), c.getWidth()));
        return new TableLayout(widths, sort);
    }

    private static List<SortKey> sortKeys(TableView<?> table) {
        return table.getSortOrder().stream()
                .map(c -> new SortKey(c.getText(), c.getSortType() == TableColumn.SortType.ASCENDING)).toList();
    }

    private static List<SortKey> sortKeys(TreeTableView<?> tree) {
        return tree.getSortOrder().stream()
                .map(c -> new SortKey(c.getText(), c.getSortType() == TreeTableColumn.SortType.ASCENDING)).toList();
    }

    private static <S> void restore(TableView<S> table, TableLayout layout) {
        widths(table.getColumns(), layout);
        List<TableColumn<S, ?>> order = new ArrayList<>();
        for (SortKey key : layout.sortOrder()) {
            table.getColumns().stream().filter(c -> c.getText().equals(key.column()) && c.isSortable()).findFirst()
                    .ifPresent(c -> {
                        c.setSortType(key.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
                        order.add(c);
                    });
        }
        table.getSortOrder().setAll(order);
    }

    private static <S> void restore(TreeTableView<S> tree, TableLayout layout) {
        widths(tree.getColumns(), layout);
        List<TreeTableColumn<S, ?>> order = new ArrayList<>();
        for (SortKey key : layout.sortOrder()) {
            tree.getColumns().stream().filter(c -> c.getText().equals(key.column()) && c.isSortable()).findFirst()
                    .ifPresent(c -> {
                        c.setSortType(key.ascending() ? TreeTableColumn.SortType.ASCENDING : TreeTableColumn.SortType.DESCENDING);
                        order.add(c);
                    });
        }
        tree.getSortOrder().setAll(order);
    }

    private static void widths(List<? extends TableColumnBase<?, ?>> columns, TableLayout layout) {
        for (TableColumnBase<?, ?> column : columns) {
            Double width = layout.widths().get(column.getText());
            if (width != null && width >= column.getMinWidth() && width <= column.getMaxWidth() && width > 0) {
                column.setPrefWidth(width);
            }
        }
    }
}
