package org.socketworkbench.ui.forms;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.StyleClasses;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A small form in a dialog whose fields are checked as the user types: the first problem is
 * shown under the fields in plain words, the offending field is marked, and OK stays disabled
 * until everything is valid. Field ids are {@code form-<key>} for tests and accessibility.
 *
 * <p>The caller passes texts already in the current language (a dialog reads its texts when it is
 * shown); the form's own buttons read the {@code forms} bundle, because JavaFX names OK and
 * Cancel in the JVM's locale, not in the language the window speaks.
 */
public final class FormDialog {

    private static final PseudoClass INVALID = StyleClasses.DANGER;

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label problem = new Label();
    private final Map<String, TextField> texts = new LinkedHashMap<>();
    private final Map<String, Function<String, Optional<String>>> checks = new LinkedHashMap<>();
    private final Map<String, CheckBox> flags = new LinkedHashMap<>();
    private final Map<String, ComboBox<String>> choices = new LinkedHashMap<>();
    private int rows;

    private FormDialog(String title, String header) {
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        grid.setHgap(8);
        grid.setVgap(8);
        problem.setId("form-problem");
        problem.getStyleClass().add(StyleClasses.FORM_PROBLEM);
        problem.setWrapText(true);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        name(ButtonType.OK, "forms.ok");
        name(ButtonType.CANCEL, "forms.cancel");
        dialog.getDialogPane().setId("formDialog");
        dialog.getDialogPane().setContent(grid);
    }

    private void name(ButtonType type, String key) {
        if (dialog.getDialogPane().lookupButton(type) instanceof Button button) {
            FxTexts.bind(button, key);
        }
    }

    public static FormDialog titled(String title, String header) {
        return new FormDialog(title, header);
    }

    /** A text field checked by {@code check} (empty result: valid). */
    public FormDialog text(String key, String label, String value, String tooltip,
                           Function<String, Optional<String>> check) {
        TextField field = new TextField(value);
        field.setId("form-" + key);
        field.setTooltip(new Tooltip(tooltip));
        field.setPrefColumnCount(22);
        field.textProperty().addListener((obs, old, now) -> validate());
        texts.put(key, field);
        checks.put(key, check);
        add(label, field);
        return this;
    }

    public FormDialog flag(String key, String label, boolean value, String tooltip) {
        CheckBox box = new CheckBox(label);
        box.setId("form-" + key);
        box.setSelected(value);
        box.setTooltip(new Tooltip(tooltip));
        flags.put(key, box);
        grid.add(box, 1, rows++);
        return this;
    }

    public FormDialog choice(String key, String label, List<String> options, String value, String tooltip) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("form-" + key);
        box.getItems().setAll(options);
        box.setValue(value);
        box.setTooltip(new Tooltip(tooltip));
        choices.put(key, box);
        add(label, box);
        return this;
    }

    /** A line of help under the fields above it, wrapped to the form's width. */
    public FormDialog note(String key, String text) {
        Label note = new Label(text);
        note.setId("form-" + key);
        note.getStyleClass().add("form-note");
        note.setWrapText(true);
        note.setMaxWidth(420);
        grid.add(note, 0, rows++, 2, 1);
        return this;
    }

    private void add(String label, Node field) {
        Label name = new Label(label);
        name.setLabelFor(field);
        grid.add(name, 0, rows);
        grid.add(field, 1, rows++);
    }

    /** Shows the form; empty when cancelled. */
    public Optional<FormValues> show(Window owner) {
        grid.add(problem, 0, rows, 2, 1);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        validate();
        // After the dialog's own focus on its default button (it runs in the same shown event):
        // the keyboard starts in the first field.
        texts.values().stream().findFirst().ifPresent(first -> dialog.setOnShown(e -> {
            first.requestFocus();
            javafx.application.Platform.runLater(first::requestFocus);
        }));
        return dialog.showAndWait().filter(ButtonType.OK::equals).map(ok -> values());
    }

    /** The dialog, for tests that drive it without showAndWait. */
    public Dialog<ButtonType> dialog() {
        return dialog;
    }

    private void validate() {
        String first = null;
        for (Map.Entry<String, TextField> entry : texts.entrySet()) {
            Optional<String> issue = checks.get(entry.getKey()).apply(entry.getValue().getText());
            entry.getValue().pseudoClassStateChanged(INVALID, issue.isPresent());
            if (first == null && issue.isPresent()) {
                first = issue.get();
            }
        }
        problem.setText(first == null ? "" : first);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        if (ok != null) {
            ok.setDisable(first != null);
        }
    }

    private FormValues values() {
        Map<String, String> textValues = new LinkedHashMap<>();
        texts.forEach((key, field) -> textValues.put(key, field.getText().strip()));
        Map<String, Boolean> flagValues = new LinkedHashMap<>();
        flags.forEach((key, box) -> flagValues.put(key, box.isSelected()));
        Map<String, String> choiceValues = new LinkedHashMap<>();
        choices.forEach((key, box) -> choiceValues.put(key, box.getValue()));
        return new FormValues(textValues, flagValues, choiceValues);
    }
}
