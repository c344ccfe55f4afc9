package org.socketworkbench.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
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
import javafx.util.StringConverter;
import org.socketworkbench.ui.LazyTooltips;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts a person reads in a pane, for the tests that check a pane speaks the chosen language:
 * labels and buttons (and their graphics), tooltips, prompts (of combo boxes too), accessible
 * texts, tabs and their contents, the contents of scroll and split panes, table columns (and
 * their menus) and placeholders, list placeholders, chart titles and axis labels, menu items
 * (of menu buttons and context menus), and the choices of choice and combo boxes as they show
 * them. Hidden parts count too (they show in other states); a node reached twice (a graphic, a
 * tab's content) counts once. Call on the FX thread.
 */
public final class ShownTexts {

    /**
     * Words that stay as they are in every language: Chrome's API names, keys on the keyboard,
     * file formats and tools, date pattern letters, units' symbols. Words in capitals (TCP, UDP,
     * TLS, CRC16_MODBUS, JSON, net::ERR_...) and escapes ({@code \r \xNN}) are never English words.
     */
    private static final Set<String> KEPT = Set.of("sendTo", "Ctrl", "Enter", "pcapng", "Wireshark", "java", "time",
            "yyyy", "dd", "mm", "ss", "KiB", "MiB", "GiB", "TiB", "IPv", "ERR");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(x[0-9A-Fa-fN]{2}|.)");
    private static final Pattern ANY_WORD = Pattern.compile("[A-Za-z]+");
    /** A word for {@link #english(List, Pattern)}: three letters or more. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private ShownTexts() {
    }

    /** Every text in the tree under {@code root}. */
    public static List<String> of(Node root) {
        return located(root).stream().map(ShownTexts::text).toList();
    }

    /** The texts of a menu's items, submenus included. */
    public static List<String> of(ContextMenu menu) {
        List<String> texts = new ArrayList<>();
        menu(texts, "", menu.getItems());
        return texts.stream().map(ShownTexts::text).toList();
    }

    /** Every text in the tree under {@code root}, each as "where it was found TAB the text". */
    public static List<String> located(Node root) {
        List<String> texts = new ArrayList<>();
        walk(root, texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        return texts;
    }

    /** The text part of an entry of {@link #located}. */
    public static String text(String entry) {
        return entry.substring(entry.indexOf('\t') + 1);
    }

    /** The texts that still hold an English word (three letters or more) once the {@code allowed} words are taken out. */
    public static List<String> english(List<String> texts, Pattern allowed) {
        return texts.stream().filter(text -> WORD.matcher(allowed.matcher(text).replaceAll(" ")).find()).toList();
    }

    /** The English words in {@code text} (see {@link #KEPT}). */
    public static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = ANY_WORD.matcher(ESCAPE.matcher(text).replaceAll(" "));
        while (word.find()) {
            String w = word.group();
            if (w.length() >= 2 && !w.equals(w.toUpperCase()) && !KEPT.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The located texts under {@code root} that hold English words (see {@link #englishWords}). */
    public static List<String> english(Node root) {
        return located(root).stream().filter(t -> !englishWords(text(t)).isEmpty()).toList();
    }

    /** The located texts under {@code root} that hold Chinese characters. */
    public static List<String> chinese(Node root) {
        return located(root).stream().filter(t -> CJK.matcher(text(t)).find()).toList();
    }

    private static void walk(Node node, List<String> texts, Set<Node> seen) {
        if (node == null || !seen.add(node)) {
            return;
        }
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + ": ";
        add(texts, where, node.getAccessibleText());
        if (node instanceof Labeled labeled) {
            add(texts, where, labeled.getText());
            walk(labeled.getGraphic(), texts, seen);
        }
        if (node instanceof Control control) {
            LazyTooltips.text(control).ifPresent(text -> add(texts, where + "tooltip: ", text));
            if (control.getContextMenu() != null) {
                menu(texts, where, control.getContextMenu().getItems());
            }
        }
        if (node instanceof TextInputControl input) {
            add(texts, where, input.getPromptText());
        }
        if (node instanceof MenuButton button) {
            menu(texts, where, button.getItems());
        }
        if (node instanceof ChoiceBox<?> box) {
            choices(texts, where, box.getItems(), box.getConverter());
        }
        if (node instanceof ComboBox<?> box) {
            add(texts, where, box.getPromptText());
            choices(texts, where, box.getItems(), box.getConverter());
        }
        if (node instanceof ListView<?> list) {
            walk(list.getPlaceholder(), texts, seen);
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> column(texts, where, column));
            walk(table.getPlaceholder(), texts, seen);
        }
        if (node instanceof XYChart<?, ?> chart) {
            add(texts, where + "title: ", chart.getTitle());
            add(texts, where + "x axis: ", chart.getXAxis().getLabel());
            add(texts, where + "y axis: ", chart.getYAxis().getLabel());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(texts, where + "tab " + tab.getId() + ": ", tab.getText());
                walk(tab.getContent(), texts, seen);
            }
        }
        if (node instanceof ScrollPane scroll) {
            walk(scroll.getContent(), texts, seen);
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(item -> walk(item, texts, seen));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, texts, seen);
            }
        }
    }

    private static void column(List<String> texts, String where, TableColumnBase<?, ?> column) {
        add(texts, where + "column " + column.getId() + ": ", column.getText());
        if (column.getContextMenu() != null) {
            menu(texts, where, column.getContextMenu().getItems());
        }
        column.getColumns().forEach(child -> column(texts, where, child));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void choices(List<String> texts, String where, List<?> items, StringConverter converter) {
        for (Object item : items) {
            add(texts, where + "choice: ", converter == null ? String.valueOf(item) : converter.toString(item));
        }
    }

    private static void menu(List<String> texts, String where, List<MenuItem> items) {
        for (MenuItem item : items) {
            add(texts, where + "menu: ", item.getText());
            if (item instanceof Menu menu) {
                menu(texts, where, menu.getItems());
            }
        }
    }

    private static void add(List<String> texts, String where, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(where + "\t" + text);
        }
    }
}
