package org.socketworkbench.ui;

import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Menu key and Shift+F10 open the context menu of a list's selected row. A row's own menu
 * appears only for the mouse (JavaFX sends the keyboard's request to the focused list, not to a
 * row), and not every platform turns those keys into a request at all, so the list handles both
 * the keys and the request, showing one menu at a time.
 */
public final class KeyboardMenus {

    private KeyboardMenus() {
    }

    /** {@code menu} gives the selected row's menu, or empty when nothing is selected. */
    public static void install(Control list, Supplier<Optional<ContextMenu>> menu) {
        ContextMenu[] showing = new ContextMenu[1];
        Runnable show = () -> {
            if (showing[0] != null && showing[0].isShowing()) {
                return;
            }
            menu.get().ifPresent(m -> {
                Bounds screen = list.localToScreen(list.getBoundsInLocal());
                m.show(list, screen.getMinX() + 24, screen.getMinY() + 24);
                showing[0] = m;
            });
        };
        list.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.CONTEXT_MENU || (event.getCode() == KeyCode.F10 && event.isShiftDown())) {
                show.run();
                event.consume();
            }
        });
        list.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, event -> {
            if (event.isKeyboardTrigger()) {
                show.run();
                event.consume();
            }
        });
    }
}
