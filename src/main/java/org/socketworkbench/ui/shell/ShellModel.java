package org.socketworkbench.ui.shell;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.socketworkbench.i18n.Language;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.Theme;

/**
 * Window-wide state: the current theme (applied as soon as it changes), the font size (the
 * window applies it) and the language (View, Language: every text bound through {@code FxTexts}
 * follows it at once).
 */
public final class ShellModel {

    /**
     * The window's text size, in pixels: 13, a notch under the Primer themes' 14, the size of
     * desktop UI text on macOS and GNOME; the layouts are measured for it (MainWindow).
     */
    public static final double DEFAULT_FONT_SIZE = 13;
    public static final double MIN_FONT_SIZE = 9;
    public static final double MAX_FONT_SIZE = 24;

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(DEFAULT_FONT_SIZE);
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>(Texts.language());

    public ShellModel() {
        theme.addListener((obs, old, now) -> now.apply());
        language.addListener((obs, old, now) -> Texts.use(now));
    }

    /** The window's language; setting it switches every bound text (the start-up one is applied before the window is built). */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Changes the font size by {@code steps} pixels, within {@link #MIN_FONT_SIZE}..{@link #MAX_FONT_SIZE}. */
    public void changeFontSize(int steps) {
        fontSize.set(Math.clamp(fontSize.get() + steps, MIN_FONT_SIZE, MAX_FONT_SIZE));
    }

    public void resetFontSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }
}
