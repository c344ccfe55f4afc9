package org.socketworkbench.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.socketworkbench.ui.Theme;

/** Window-wide state: the current theme (applied as soon as it changes). */
public final class ShellModel {

    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    public ShellModel() {
        theme.addListener((obs, old, now) -> now.apply());
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
}
