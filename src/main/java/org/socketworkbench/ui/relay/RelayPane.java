package org.socketworkbench.ui.relay;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.relay.RelayForm;
import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.ui.PaneHeader;

import java.util.List;

/**
 * The relay form: where to listen, the target, the impairments (applied live to a running relay
 * with Apply) and the seed; under it the status line and one line per conversation. A view over
 * {@link RelayViewModel}: every field writes its text to the model as typed.
 */
public final class RelayPane extends BorderPane {

    private final RelayViewModel model;
    private final GridPane grid = new GridPane();
    private int row;

    public RelayPane(RelayViewModel model) {
        this.model = model;
        setId("relayPane");
        PaneHeader header = new PaneHeader("");
        // the header's first child is its title: bound here so the title follows the language
        FxTexts.bind((Label) header.getChildren().getFirst(), "relay.title");
        setTop(header);
        createForm();
        Label status = new Label();
        status.setId("relayStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        Label figures = new Label();
        figures.setId("relayFigures");
        figures.textProperty().bind(model.figuresProperty());
        ListView<String> conversations = new ListView<>(model.conversations());
        conversations.setId("relayConversations");
        conversations.setPlaceholder(FxTexts.bind(new Label(), "relay.placeholder"));
        VBox content = new VBox(8, grid, buttons(), status, figures, conversations);
        content.setPadding(new Insets(8));
        setCenter(content);
    }

    private void createForm() {
        grid.setHgap(8);
        grid.setVgap(4);
        choice(RelayForm.PROTOCOL, List.of("tcp", "udp"));
        field(RelayForm.LISTEN_ADDRESS);
        field(RelayForm.LISTEN_PORT);
        field(RelayForm.TARGET_HOST);
        field(RelayForm.TARGET_PORT);
        choice(RelayForm.DIRECTION, RelayForm.DIRECTIONS);
        field(RelayForm.LATENCY);
        field(RelayForm.JITTER);
        field(RelayForm.BANDWIDTH);
        field(RelayForm.SLICE);
        field(RelayForm.SLICE_DELAY);
        field(RelayForm.DROP);
        field(RelayForm.DUPLICATE);
        field(RelayForm.REORDER);
        field(RelayForm.REORDER_DELAY);
        field(RelayForm.CORRUPT);
        checkBox(RelayForm.STALL);
        field(RelayForm.CLOSE_AFTER_BYTES);
        field(RelayForm.CLOSE_AFTER_MS);
        checkBox(RelayForm.RESET);
        field(RelayForm.SEED);
        choice(RelayForm.TLS_LISTEN, RelayForm.TLS_LISTEN_CHOICES);
        field(RelayForm.TLS_NAMES);
        field(RelayForm.TLS_CERTIFICATE);
        field(RelayForm.TLS_KEY);
        PasswordField password = new PasswordField();
        password.setId("relay-" + RelayForm.TLS_PASSWORD);
        FxTexts.prompt(password, "relay.form." + RelayForm.TLS_PASSWORD + ".tip");
        password.textProperty().addListener((obs, old, text) -> model.set(RelayForm.TLS_PASSWORD, text));
        grid.addRow(row++, label(RelayForm.TLS_PASSWORD), password);
        checkBox(RelayForm.TLS_TARGET);
        field(RelayForm.TRUST_PINS);
        field(RelayForm.TLS_ALPN);
    }

    private static Label label(String key) {
        return FxTexts.bind(new Label(), "relay.form." + key);
    }

    private void checkBox(String key) {
        CheckBox box = FxTexts.bind(new CheckBox(), "relay.form." + key);
        box.setId("relay-" + key);
        box.setSelected(Boolean.parseBoolean(model.value(key)));
        box.selectedProperty().addListener((obs, old, on) -> model.set(key, Boolean.toString(on)));
        grid.add(box, 1, row++);
    }

    private void field(String key) {
        TextField field = new TextField(model.value(key));
        field.setId("relay-" + key);
        field.setTooltip(FxTexts.tooltip("relay.form." + key + ".tip"));
        FxTexts.prompt(field, "relay.form." + key + ".tip");
        field.textProperty().addListener((obs, old, text) -> model.set(key, text));
        grid.addRow(row++, label(key), field);
    }

    /** The choices keep their form values (what RelayForm reads); each shows as its text, in the current language. */
    private void choice(String key, List<String> options) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(options);
        box.setConverter(new ChoiceText());
        box.setValue(model.value(key));
        box.setId("relay-" + key);
        box.setTooltip(FxTexts.tooltip("relay.form." + key + ".tip"));
        box.valueProperty().addListener((obs, old, value) -> model.set(key, value));
        // a new converter makes the box show its items again, in the new language
        FxTexts.localeProperty().addListener((obs, old, locale) -> box.setConverter(new ChoiceText()));
        grid.addRow(row++, label(key), box);
    }

    /** A choice's text: its relay.choice key, or the value itself (protocol names). */
    private static final class ChoiceText extends StringConverter<String> {
        @Override
        public String toString(String value) {
            return value != null && Texts.has("relay.choice." + value) ? Texts.get("relay.choice." + value) : value;
        }

        @Override
        public String fromString(String text) {
            throw new UnsupportedOperationException("a choice box is not edited as text"); // i18n-ok: a programming error, never shown
        }
    }

    private HBox buttons() {
        Button start = FxTexts.bind(new Button(), "relay.start");
        start.setId("relayStart");
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.runningProperty());
        Button apply = FxTexts.bind(new Button(), "relay.apply");
        apply.setId("relayApply");
        apply.setOnAction(e -> model.apply());
        apply.disableProperty().bind(model.runningProperty().not());
        Button stop = FxTexts.bind(new Button(), "relay.stop");
        stop.setId("relayStop");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.runningProperty().not());
        return new HBox(8, start, apply, stop);
    }
}
