package org.socketworkbench.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The texts a pane shows (labels, buttons, tabs, columns, prompts, tooltips, menu items, choices),
 * for the tests that check a pane speaks the chosen language. Call on the FX thread.
 */
public final class ShownTexts {

    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");

    private ShownTexts() {
    }

    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        walk(root, texts);
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    /** The texts of a menu's items, submenus included. */
    public static List<String> of(javafx.scene.control.ContextMenu menu) {
        List<String> texts = new ArrayList<>();
        menu.getItems().forEach(item -> menuTexts(item, texts));
        texts.removeIf(text -> text == null || text.isBlank());
        return texts;
    }

    /** The texts that still hold an English word once the {@code allowed} words are taken out. */
    public static List<String> english(List<String> texts, Pattern allowed) {
        return texts.stream().filter(text -> WORD.matcher(allowed.matcher(text).replaceAll(" ")).find()).toList();
    }

    private static void walk(Node node, List<String> texts) {
        if (node instanceof Labeled labeled) {
            texts.add(labeled.getText());
            if (labeled.getGraphic() != null) {
                walk(labeled.getGraphic(), texts);
            }
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getPromptText());
        }
        if (node instanceof Control control && control.getTooltip() != null) {
            texts.add(control.getTooltip().getText());
        }
        texts.add(node.getAccessibleText());
        if (node instanceof ComboBox<?> combo) {
            comboTexts(combo, texts);
        }
        if (node instanceof ChoiceBox<?> choice) {
            choiceTexts(choice, texts);
        }
        if (node instanceof ListView<?> list && list.getPlaceholder() != null) {
            walk(list.getPlaceholder(), texts);
        }
        if (node instanceof MenuButton menu) {
            menu.getItems().forEach(item -> menuTexts(item, texts));
        }
        if (node instanceof XYChart<?, ?> chart) {
            texts.add(chart.getTitle());
            texts.add(chart.getXAxis().getLabel());
            texts.add(chart.getYAxis().getLabel());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                texts.add(tab.getText());
                if (tab.getContent() != null) {
                    walk(tab.getContent(), texts);
                }
            }
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> columnTexts(column, texts));
            if (table.getPlaceholder() != null) {
                walk(table.getPlaceholder(), texts);
            }
        }
        if (node instanceof ScrollPane scroll && scroll.getContent() != null) {
            walk(scroll.getContent(), texts);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> walk(item, texts));
        }
        if (node instanceof Control control && control.getContextMenu() != null) {
            control.getContextMenu().getItems().forEach(item -> menuTexts(item, texts));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> walk(child, texts));
        }
    }

    private static <T> void comboTexts(ComboBox<T> combo, List<String> texts) {
        for (T item : combo.getItems()) {
            texts.add(combo.getConverter() == null ? String.valueOf(item) : combo.getConverter().toString(item));
        }
    }

    private static <T> void choiceTexts(ChoiceBox<T> choice, List<String> texts) {
        for (T item : choice.getItems()) {
            texts.add(choice.getConverter() == null ? String.valueOf(item) : choice.getConverter().toString(item));
        }
    }

    private static void menuTexts(MenuItem item, List<String> texts) {
        texts.add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(child -> menuTexts(child, texts));
        }
    }

    private static void columnTexts(TableColumnBase<?, ?> column, List<String> texts) {
        texts.add(column.getText());
        column.getColumns().forEach(child -> columnTexts(child, texts));
    }
}
