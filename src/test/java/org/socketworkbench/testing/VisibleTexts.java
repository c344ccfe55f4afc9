package org.socketworkbench.testing;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.util.StringConverter;
import org.socketworkbench.ui.LazyTooltips;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts a person reads in a pane, for the language tests: labels and buttons, tooltips,
 * prompts, accessible texts, table columns and placeholders, menu items, and the choices of
 * choice and combo boxes as they show them. Hidden parts count too (they show in other states).
 * Call on the FX thread.
 */
public final class VisibleTexts {

    /**
     * Words that stay as they are in every language: Chrome's API names, keys on the keyboard,
     * file formats and tools, date pattern letters, units' symbols. Words in capitals (TCP, UDP,
     * TLS, CRC16_MODBUS, JSON, net::ERR_...) and escapes ({@code \r \xNN}) are never English words.
     */
    private static final Set<String> KEPT = Set.of("sendTo", "Ctrl", "Enter", "pcapng", "Wireshark", "java", "time",
            "yyyy", "dd", "mm", "ss", "KiB", "MiB", "GiB", "TiB", "IPv", "ERR");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(x[0-9A-Fa-fN]{2}|.)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private VisibleTexts() {
    }

    /** Every text in the tree under {@code root}, each as "where it was found TAB the text". */
    public static List<String> of(Node root) {
        List<String> texts = new ArrayList<>();
        walk(root, texts);
        return texts;
    }

    /** The English words in {@code text} (see {@link #KEPT}). */
    public static List<String> englishWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(ESCAPE.matcher(text).replaceAll(" "));
        while (word.find()) {
            String w = word.group();
            if (w.length() >= 2 && !w.equals(w.toUpperCase()) && !KEPT.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The texts that hold English words, with the words. */
    public static List<String> english(Node root) {
        return of(root).stream().filter(t -> !englishWords(text(t)).isEmpty()).toList();
    }

    /** The texts that hold Chinese characters. */
    public static List<String> chinese(Node root) {
        return of(root).stream().filter(t -> CJK.matcher(text(t)).find()).toList();
    }

    private static void walk(Node node, List<String> texts) {
        String where = node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + ": ";
        add(texts, where, node.getAccessibleText());
        if (node instanceof Labeled labeled) {
            add(texts, where, labeled.getText());
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
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(column -> column(texts, where, column));
            if (table.getPlaceholder() != null) {
                walk(table.getPlaceholder(), texts);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, texts);
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

    /** The text part of an entry of {@link #of}. */
    public static String text(String entry) {
        return entry.substring(entry.indexOf('\t') + 1);
    }
}
