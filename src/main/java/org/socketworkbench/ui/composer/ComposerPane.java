package org.socketworkbench.ui.composer;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.ui.Buttons;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.LazyTooltips;
import org.socketworkbench.ui.PaneHeader;
import org.socketworkbench.ui.StyleClasses;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Locale;
import org.socketworkbench.ui.traffic.Localized;

/**
 * The composer: type a payload as text, hex or text with escapes and send it to the selected
 * socket (sendTo a destination for UDP), once or N times at an interval, or send a file; with a
 * history of what was sent and named presets.
 */
public final class ComposerPane extends BorderPane {

    private static final long MAX_FILE_BYTES = 64L << 20;

    private final ComposerModel model;
    private final Label target = new Label();
    private final Label problem = new Label();
    private final Label status = new Label();
    private final Label preview = new Label();
    private final Tooltip previewDump = new Tooltip();
    private final MenuButton presets = FxTexts.bind(new MenuButton(), "composer.presets");

    public ComposerPane(ComposerModel model) {
        this.model = model;
        setId("composer");
        getStyleClass().add(StyleClasses.COMPOSER);
        createView();
        initListeners();
    }

    private void createView() {
        target.setId("composerTarget");
        target.getStyleClass().add(StyleClasses.COMPOSER_TARGET);

        ChoiceBox<PayloadFormat> format = new ChoiceBox<>();
        format.setId("composerFormat");
        format.getItems().setAll(PayloadFormat.values());
        format.valueProperty().bindBidirectional(model.formatProperty());
        LazyTooltips.install(format, "composer.format.tooltip");
        Localized.follow(format, Localized.PAYLOAD_FORMAT);
        FxTexts.accessible(format, "composer.format.accessible");

        TextField host = field("composerHost", 14, "composer.host");
        host.textProperty().bindBidirectional(model.hostProperty());
        TextField port = field("composerPort", 5, "composer.port");
        port.textProperty().bindBidirectional(model.portProperty());
        Label to = label("composer.to");
        HBox destination = new HBox(6, to, host, new Label(":"), port);
        destination.setAlignment(Pos.CENTER_LEFT);
        destination.visibleProperty().bind(model.udpTarget());
        destination.managedProperty().bind(destination.visibleProperty());

        TextArea text = new TextArea();
        text.setId("composerText");
        text.getStyleClass().add(StyleClasses.HEX_DUMP);
        text.setPrefRowCount(3);
        text.setWrapText(true);
        FxTexts.prompt(text, "composer.text.prompt");
        FxTexts.accessible(text, "composer.text.accessible");
        text.textProperty().bindBidirectional(model.textProperty());
        text.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                model.send();
                e.consume();
            }
        });

        preview.setId("composerPreview");
        preview.getStyleClass().add(StyleClasses.COMPOSER_PREVIEW);
        preview.setMinWidth(0);
        preview.setMaxWidth(Double.MAX_VALUE);
        previewDump.getStyleClass().add(StyleClasses.HEX_DUMP);
        preview.setTooltip(previewDump);

        TextField repeat = field("composerRepeat", 5, "composer.repeat");
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        TextField interval = field("composerInterval", 5, "composer.interval");
        interval.textProperty().bindBidirectional(model.intervalProperty());
        TextField counterStart = field("composerCounterStart", 4, "composer.counterStart");
        counterStart.textProperty().bindBidirectional(model.counterStartProperty());
        TextField counterStep = field("composerCounterStep", 3, "composer.counterStep");
        counterStep.textProperty().bindBidirectional(model.counterStepProperty());
        Button send = button("composer.send", "composerSend", model::send);
        send.disableProperty().bind(model.problemProperty().isNotEmpty().or(model.sendingProperty()));
        Button stop = button("composer.stop", "composerStop", model::stop);
        stop.disableProperty().bind(model.sendingProperty().not());
        Button file = button("composer.file", "composerFile", this::sendFile);
        file.disableProperty().bind(model.targetProperty().isNull().or(model.sendingProperty()));

        ComboBox<String> history = new ComboBox<>(model.history());
        history.setId("composerHistory");
        history.promptTextProperty().bind(FxTexts.text("composer.history"));
        LazyTooltips.install(history, "composer.history.tooltip");
        FxTexts.accessible(history, "composer.history");
        history.setOnAction(e -> {
            if (history.getValue() != null) {
                model.textProperty().set(history.getValue());
            }
        });
        presets.setId("composerPresets");
        LazyTooltips.install(presets, "composer.presets.tooltip");
        rebuildPresetMenu();

        HBox repeating = new HBox(6, label("composer.repeat.label"), repeat, label("composer.repeat.every"), interval,
                label("composer.ms"));
        repeating.setAlignment(Pos.CENTER_LEFT);
        HBox counting = new HBox(6, label("composer.counter.label"), counterStart, label("composer.counter.step"), counterStep);
        counting.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(6, send, stop, file, history, presets);
        buttons.setAlignment(Pos.CENTER_LEFT);
        FlowPane controls = new FlowPane(12, 6, repeating, counting, buttons);

        problem.setId("composerProblem");
        problem.getStyleClass().add(StyleClasses.FORM_PROBLEM);
        status.setId("composerStatus");
        HBox messages = new HBox(12, problem, status);

        Label formatLabel = label("composer.format");
        formatLabel.setMinWidth(Label.USE_PREF_SIZE);
        HBox formatBox = new HBox(6, formatLabel, format, destination);
        formatBox.setAlignment(Pos.CENTER_LEFT);
        // A server's recipient choice goes to the next line when the pane is narrow.
        FlowPane top = new FlowPane(12, 6, formatBox, createRecipientChoice());
        top.setAlignment(Pos.CENTER_LEFT);
        // The preview sits under the buttons: its tooltip (the whole dump) must never cover Send.
        VBox body = new VBox(6, top, text, controls, preview, messages);
        body.setPadding(new Insets(6, 8, 6, 8));
        VBox.setVgrow(text, Priority.ALWAYS);

        setTop(Localized.header("composer.title", target));
        setCenter(body);
    }

    /** For a TCP server: send to one connection or to all, with how many there are. */
    private HBox createRecipientChoice() {
        ComboBox<Recipient> choice = new ComboBox<>(model.recipients());
        choice.setId("composerRecipient");
        choice.setVisibleRowCount(12);
        choice.setPrefWidth(170);
        choice.valueProperty().bindBidirectional(model.recipientProperty());
        LazyTooltips.install(choice, "composer.recipient.tooltip");
        FxTexts.accessible(choice, "composer.recipient.accessible");
        Label count = new Label();
        count.setId("composerConnectionCount");
        count.textProperty().bind(FxTexts.text("composer.connected", Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "%,d", model.connectionCountProperty().get()), model.connectionCountProperty())));
        count.setMinWidth(Label.USE_PREF_SIZE);
        Label to = label("composer.to");
        to.setMinWidth(Label.USE_PREF_SIZE);
        HBox box = new HBox(6, to, choice, count);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(model.serverTargetBinding());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void initListeners() {
        target.textProperty().bind(Bindings.createStringBinding(() -> describe(model.targetProperty().get()),
                model.targetProperty(), FxTexts.localeProperty()));
        problem.textProperty().bind(model.problemProperty());
        status.textProperty().bind(model.statusProperty());
        preview.textProperty().bind(Bindings.createStringBinding(this::previewLine, model.previewProperty(),
                model.previewSizeProperty(), model.previewProblemProperty(), FxTexts.localeProperty()));
        model.previewProblemProperty().addListener((obs, old, now) ->
                preview.pseudoClassStateChanged(StyleClasses.DANGER, !now.isEmpty()));
        previewDump.textProperty().bind(Bindings.createStringBinding(() -> model.previewProblemProperty().get().isEmpty()
                ? Texts.get("composer.preview.tooltip") + "\n\n" + model.previewProperty().get()
                : model.previewProblemProperty().get(),
                model.previewProperty(), model.previewProblemProperty(), FxTexts.localeProperty()));
        FxTexts.localeProperty().addListener((obs, old, now) -> {
            rebuildPresetMenu();
            model.relocalize();
        });
        model.presets().addListener((ListChangeListener<Settings.Preset>) change -> rebuildPresetMenu());
    }

    /** The dump's first line (16 bytes with their text), or the template's error. */
    private String previewLine() {
        String problem = model.previewProblemProperty().get();
        if (!problem.isEmpty()) {
            return problem;
        }
        String dump = model.previewProperty().get();
        if (dump.isEmpty()) {
            return Texts.get("composer.preview.empty");
        }
        int end = dump.indexOf('\n');
        String first = end < 0 ? dump : dump.substring(0, end);
        // Drop the offset column: the line stands for the start of the payload.
        int gap = first.indexOf("  ");
        return Texts.get("composer.preview.line", String.format(Locale.ROOT, "%,d", model.previewSizeProperty().get()),
                gap < 0 ? first : first.substring(gap + 2) + (model.previewSizeProperty().get() > 16 ? " …" : ""));
    }

    private static String describe(SocketRow row) {
        if (row == null) {
            return Texts.get("composer.target.none");
        }
        return row.peer().isEmpty() ? Texts.get("composer.target", row.id(), row.typeLabel())
                : Texts.get("composer.target.peer", row.id(), row.typeLabel(), row.peer());
    }

    private void rebuildPresetMenu() {
        presets.getItems().clear();
        for (Settings.Preset preset : model.presets()) {
            MenuItem item = new MenuItem(preset.name());
            item.setOnAction(e -> model.load(preset));
            presets.getItems().add(item);
        }
        if (!model.presets().isEmpty()) {
            presets.getItems().add(new SeparatorMenuItem());
        }
        MenuItem save = new MenuItem(Texts.get("composer.presets.save"));
        save.setId("composerSavePreset");
        save.setOnAction(e -> askPresetName());
        presets.getItems().add(save);
        MenuItem export = new MenuItem(Texts.get("composer.presets.export"));
        export.setId("composerExportPresets");
        export.setDisable(model.presets().isEmpty());
        export.setOnAction(e -> exportPresets());
        MenuItem importing = new MenuItem(Texts.get("composer.presets.import"));
        importing.setId("composerImportPresets");
        importing.setOnAction(e -> importPresets());
        presets.getItems().addAll(export, importing);
        for (Settings.Preset preset : model.presets()) {
            MenuItem delete = new MenuItem(Texts.get("composer.presets.delete", preset.name()));
            delete.setOnAction(e -> model.deletePreset(preset));
            presets.getItems().add(delete);
        }
    }

    private void askPresetName() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle(Texts.get("composer.presets.dialog.title"));
        dialog.setHeaderText(Texts.get("composer.presets.dialog.header"));
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.showAndWait().map(String::strip).filter(name -> !name.isEmpty()).ifPresent(model::savePreset);
    }

    private void exportPresets() {
        FileChooser chooser = presetChooser(Texts.get("composer.presets.export.title"));
        chooser.setInitialFileName("presets.json");
        File chosen = chooser.showSaveDialog(getScene().getWindow());
        if (chosen != null) {
            model.exportPresets(chosen.toPath());
        }
    }

    private void importPresets() {
        File chosen = presetChooser(Texts.get("composer.presets.import.title")).showOpenDialog(getScene().getWindow());
        if (chosen != null) {
            model.importPresets(chosen.toPath());
        }
    }

    private static FileChooser presetChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(Texts.get("composer.presets.files"), "*.json"),
                new FileChooser.ExtensionFilter(Texts.get("composer.files.all"), "*"));
        return chooser;
    }

    private void sendFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("composer.file.title"));
        File chosen = chooser.showOpenDialog(getScene().getWindow());
        if (chosen == null) {
            return;
        }
        if (chosen.length() > MAX_FILE_BYTES) {
            model.report(Texts.get("composer.file.tooLarge", chosen.getName()));
            return;
        }
        try {
            model.send(Files.readAllBytes(chosen.toPath()));
        } catch (IOException e) {
            model.report(Texts.get("composer.status.readFailed", chosen.getName(), e.getMessage()));
        }
    }

    /** A field with its tooltip ({@code key.tooltip}) and what a screen reader says ({@code key.accessible}). */
    private static TextField field(String id, int columns, String key) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        LazyTooltips.install(field, key + ".tooltip");
        FxTexts.accessible(field, key + ".accessible");
        return field;
    }

    private static Label label(String key) {
        return FxTexts.bind(new Label(), key);
    }

    /** A button whose text ({@code key}) and tooltip ({@code key.tooltip}) follow the language. */
    private static Button button(String key, String id, Runnable action) {
        return Buttons.bound(key, id, key + ".tooltip", action);
    }

}
