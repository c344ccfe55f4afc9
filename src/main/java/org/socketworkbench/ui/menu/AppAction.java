package org.socketworkbench.ui.menu;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;

import java.util.Objects;
import java.util.Optional;

/**
 * One command of the window: its id, its text (an underscore marks the mnemonic; a binding from
 * {@code FxTexts.text}, so it follows the language), an optional
 * accelerator, what it does, and optionally when it is disabled or the on/off state it toggles.
 * The menu bar and the toolbar make their items from the same action, so a command has one text,
 * one shortcut and one handler wherever it appears.
 */
public final class AppAction {

    private final String id;
    private final ObservableValue<String> text;
    private final ObservableValue<String> description;
    private final Runnable handler;
    private KeyCombination accelerator;
    private ObservableBooleanValue disabled;
    private BooleanProperty toggled;

    private AppAction(String id, ObservableValue<String> text, ObservableValue<String> description, Runnable handler) {
        this.id = Objects.requireNonNull(id);
        this.text = Objects.requireNonNull(text);
        this.description = description;
        this.handler = Objects.requireNonNull(handler);
    }

    /**
     * A command; {@code text} may carry a mnemonic ({@code "_Open script…"}, {@code "打开脚本(_O)…"}).
     * Pass {@code FxTexts.text("menu.some.key")} so the item follows the language; a null
     * {@code description} means the text says it all.
     */
    public static AppAction of(String id, ObservableValue<String> text, ObservableValue<String> description,
                               Runnable handler) {
        return new AppAction(id, text, description, handler);
    }

    /** An on/off command shown as a check item, bound both ways to {@code state}. */
    public static AppAction toggle(String id, ObservableValue<String> text, ObservableValue<String> description,
                                   BooleanProperty state) {
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

    /** The text without the mnemonic marker (nor the bracketed one of CJK menus, "文件(_F)"). */
    public String plainText() {
        return text.getValue().replaceAll("\\(_.\\)", "").replace("_", "");
    }

    public String description() {
        return description == null ? plainText() : description.getValue();
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
            CheckMenuItem check = new CheckMenuItem();
            check.selectedProperty().bindBidirectional(toggled);
            item = check;
        } else {
            item = new MenuItem();
            item.setOnAction(e -> run());
        }
        item.textProperty().bind(text);
        item.setId("menu-" + id);
        item.setMnemonicParsing(true);
        item.setAccelerator(accelerator);
        if (disabled != null) {
            item.disableProperty().bind(disabled);
        }
        return item;
    }

    /** A toolbar button with its own short text and node id; the tooltip and the accessible text name the shortcut. */
    public Button button(ObservableValue<String> buttonText, String nodeId) {
        Button button = new Button();
        button.textProperty().bind(buttonText);
        button.setId(nodeId);
        StringBinding help = Bindings.createStringBinding(() -> description()
                + accelerator().map(k -> " (" + k.getDisplayText() + ")").orElse(""),
                description == null ? text : description);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(help);
        button.setTooltip(tooltip);
        button.accessibleTextProperty().bind(help);
        button.setOnAction(e -> run());
        button.setMnemonicParsing(false);
        if (disabled != null) {
            button.disableProperty().bind(disabled);
        }
        return button;
    }
}
