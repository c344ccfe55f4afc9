package org.socketworkbench.ui.menu;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

import java.util.Objects;
import java.util.Optional;

/**
 * One command of the window: its id, its text (an underscore marks the mnemonic), an optional
 * accelerator, what it does, and optionally when it is disabled or the on/off state it toggles.
 * The menu bar and the toolbar make their items from the same action, so a command has one text,
 * one shortcut and one handler wherever it appears.
 */
public final class AppAction {

    private final String id;
    private final String text;
    private final String description;
    private final Runnable handler;
    private KeyCombination accelerator;
    private ObservableBooleanValue disabled;
    private BooleanProperty toggled;

    private AppAction(String id, String text, String description, Runnable handler) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.description = description;
        this.handler = Objects.requireNonNull(handler);
    }

    /** A command; {@code text} may carry a mnemonic ({@code "_Open script…"}). */
    public static AppAction of(String id, String text, String description, Runnable handler) {
        return new AppAction(id, text, description, handler);
    }

    /** An on/off command shown as a check item, bound both ways to {@code state}. */
    public static AppAction toggle(String id, String text, String description, BooleanProperty state) {
        AppAction action = new AppAction(id, text, description, () -> state.set(!state.get()));
        action.toggled = state;
        return action;
    }

    public AppAction accelerator(KeyCombination value) {
        this.accelerator = value;
        return this;
    }

    public AppAction disabledWhen(ObservableBooleanValue value) {
        this.disabled = value;
        return this;
    }

    public String id() {
        return id;
    }

    /** The text without the mnemonic marker. */
    public String plainText() {
        return text.replace("_", "");
    }

    public String description() {
        return description == null ? plainText() : description;
    }

    public Optional<KeyCombination> accelerator() {
        return Optional.ofNullable(accelerator);
    }

    /** Runs the command (unless it is disabled now). */
    public void run() {
        if (disabled == null || !disabled.get()) {
            handler.run();
        }
    }

    /** A menu item ({@code menu-<id>}); a check item for a toggle. */
    public MenuItem menuItem() {
        MenuItem item;
        if (toggled != null) {
            CheckMenuItem check = new CheckMenuItem(text);
            check.selectedProperty().bindBidirectional(toggled);
            item = check;
        } else {
            item = new MenuItem(text);
            item.setOnAction(e -> run());
        }
        item.setId("menu-" + id);
        item.setMnemonicParsing(true);
        item.setAccelerator(accelerator);
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    /** A toolbar button with its own short text and node id; the tooltip and the accessible text name the shortcut. */
    public Button button(String buttonText, String nodeId) {
        Button button = new Button(buttonText);
        button.setId(nodeId);
        String help = description() + accelerator().map(k -> " (" + k.getDisplayText() + ")").orElse("");
        button.setTooltip(new Tooltip(help));
        button.setAccessibleText(help);
        button.setOnAction(e -> run());
        button.setMnemonicParsing(false);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }
}
