package org.socketworkbench.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.function.Supplier;

/**
 * Tabs whose content is made when the tab is first selected. A tab pane keeps every tab's
 * content in the scene, hidden or not, so each would get its skin, its CSS and a layout before
 * the first frame; a view nobody has opened yet costs nothing this way (src/docs/startup.md).
 */
public final class LazyTabs {

    private LazyTabs() {
    }

    /** A tab titled by {@code titleKey}, not closable, whose content {@code content} makes on first selection. */
    public static Tab tab(String titleKey, String id, Supplier<? extends Node> content) {
        Tab tab = FxTexts.bind(new Tab(), titleKey);
        tab.setId(id);
        tab.setClosable(false);
        tab.selectedProperty().addListener(new InvalidationListener() {
            @Override
            public void invalidated(Observable selected) {
                if (tab.isSelected()) {
                    tab.selectedProperty().removeListener(this);
                    tab.setContent(content.get());
                }
            }
        });
        return tab;
    }
}
