package org.socketworkbench.ui;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import org.socketworkbench.i18n.Texts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bundles' texts as JavaFX bindings, so the window changes language while it runs (View,
 * Language): a control bound here re-reads its text when the locale changes. Arguments may be
 * plain values or {@link ObservableValue}s (their current value is used, and a change re-reads
 * the text). The bindings observe the locale weakly, so a control that goes away is not kept.
 */
public final class FxTexts {

    private static final SimpleObjectProperty<Locale> LOCALE = new SimpleObjectProperty<>(Texts.locale());

    static {
        Texts.addListener(locale -> {
            if (Platform.isFxApplicationThread()) {
                LOCALE.set(locale);
            } else {
                Platform.runLater(() -> LOCALE.set(locale));
            }
        });
    }

    private FxTexts() {
    }

    /** The window's locale; changes on the FX thread. */
    public static ReadOnlyObjectProperty<Locale> localeProperty() {
        return LOCALE;
    }

    /** {@link Texts#get} as a binding that follows the language and any observable argument. */
    public static StringBinding text(String key, Object... args) {
        List<Observable> dependencies = new ArrayList<>();
        dependencies.add(LOCALE);
        for (Object arg : args) {
            if (arg instanceof Observable observable) {
                dependencies.add(observable);
            }
        }
        // Reading LOCALE validates it: a property that is never read stays invalid and tells its
        // bindings about the first change only, so the second switch of the language went unseen.
        return Bindings.createStringBinding(() -> {
            LOCALE.get();
            return Texts.get(key, values(args));
        }, dependencies.toArray(Observable[]::new));
    }

    public static <T extends Labeled> T bind(T labeled, String key, Object... args) {
        labeled.textProperty().bind(text(key, args));
        return labeled;
    }

    public static Tab bind(Tab tab, String key, Object... args) {
        tab.textProperty().bind(text(key, args));
        return tab;
    }

    public static <T extends MenuItem> T bind(T item, String key, Object... args) {
        item.textProperty().bind(text(key, args));
        return item;
    }

    public static <T extends TableColumnBase<?, ?>> T bind(T column, String key, Object... args) {
        column.textProperty().bind(text(key, args));
        return column;
    }

    public static <T extends TextInputControl> T prompt(T field, String key, Object... args) {
        field.promptTextProperty().bind(text(key, args));
        return field;
    }

    /** What a screen reader says for {@code node}. */
    public static <T extends Node> T accessible(T node, String key, Object... args) {
        node.accessibleTextProperty().bind(text(key, args));
        return node;
    }

    public static Tooltip tooltip(String key, Object... args) {
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(text(key, args));
        return tooltip;
    }

    private static Object[] values(Object[] args) {
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            values[i] = args[i] instanceof ObservableValue<?> observable ? observable.getValue() : args[i];
        }
        return values;
    }
}
