package org.socketworkbench.ui.traffic;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.util.StringConverter;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;

import java.util.Locale;

/**
 * What the traffic, composer and replies panes share to follow the language: a pane header whose
 * title is bound to a key, and choice boxes that show an enum's constants by key ({@code prefix +
 * name()}, e.g. {@code traffic.payloadFormat.HEX}) while the value stays the constant (so saved
 * files keep the enum's name, never its text).
 */
public final class Localized {

    /** {@link org.socketworkbench.traffic.PayloadFormat}'s keys. */
    public static final String PAYLOAD_FORMAT = "traffic.payloadFormat.";
    /** {@link org.socketworkbench.traffic.TimestampFormat}'s keys. */
    public static final String TIMESTAMP_FORMAT = "traffic.timestampFormat.";

    private static final String LISTENER = "localized.converter";

    private Localized() {
    }

    /** The pane's header, its title following the language. */
    public static PaneHeader header(String key, Node... tools) {
        PaneHeader header = new PaneHeader(Texts.get(key), tools);
        // PaneHeader takes a String today: its title label is found by its style class and bound.
        if (header.lookup("." + StyleClasses.PANE_TITLE) instanceof Label title) {
            FxTexts.bind(title, key);
        }
        return header;
    }

    /** The constant's text: {@code prefix + name()}. */
    public static <E extends Enum<E>> StringConverter<E> converter(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Texts.get(prefix + value.name());
            }

            @Override
            public E fromString(String text) {
                throw new UnsupportedOperationException();
            }
        };
    }

    /** Shows the box's constants by key, re-read when the language changes. */
    public static <E extends Enum<E>> ChoiceBox<E> follow(ChoiceBox<E> box, String prefix) {
        box.setConverter(converter(prefix));
        // A new converter makes the box re-read every label; the box holds the listener, the locale only weakly.
        ChangeListener<Locale> relabel = (obs, old, now) -> box.setConverter(converter(prefix));
        box.getProperties().put(LISTENER, relabel);
        FxTexts.localeProperty().addListener(new WeakChangeListener<>(relabel));
        return box;
    }
}
