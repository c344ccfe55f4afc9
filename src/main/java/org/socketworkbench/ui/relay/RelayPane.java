package org.socketworkbench.ui.relay;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.socketworkbench.relay.RelayForm;
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
        setTop(new PaneHeader("Relay"));
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
        conversations.setPlaceholder(new Label("No connections yet"));
        VBox content = new VBox(8, grid, buttons(), status, figures, conversations);
        content.setPadding(new Insets(8));
        setCenter(content);
    }

    private void createForm() {
        grid.setHgap(8);
        grid.setVgap(4);
        choice(RelayForm.PROTOCOL, "Protocol", List.of("tcp", "udp"), "TCP connections or UDP flows");
        field(RelayForm.LISTEN_ADDRESS, "Listen address", "Local IP address: 0.0.0.0 or :: for all adapters");
        field(RelayForm.LISTEN_PORT, "Listen port", "0 to 65535; 0 picks a free port");
        field(RelayForm.TARGET_HOST, "Target host", "The server's name or address");
        field(RelayForm.TARGET_PORT, "Target port", "1 to 65535");
        choice(RelayForm.DIRECTION, "Impair", RelayForm.DIRECTIONS, "Which direction the impairments apply to");
        field(RelayForm.LATENCY, "Latency (ms)", "0 to 60000");
        field(RelayForm.JITTER, "Jitter ± (ms)", "0 to 60000");
        field(RelayForm.BANDWIDTH, "Bandwidth (bytes/s)", "0 for no cap");
        field(RelayForm.SLICE, "TCP slice (bytes)", "0 (off) to 65536");
        field(RelayForm.SLICE_DELAY, "TCP slice delay (ms)", "0 to 60000");
        field(RelayForm.DROP, "UDP drop %", "0 to 100");
        field(RelayForm.DUPLICATE, "UDP duplicate %", "0 to 100");
        field(RelayForm.REORDER, "UDP reorder %", "0 to 100");
        field(RelayForm.REORDER_DELAY, "UDP reorder delay (ms)", "0 to 60000");
        field(RelayForm.CORRUPT, "UDP corrupt %", "0 to 100");
        checkBox(RelayForm.STALL, "TCP stall (stop reading)");
        field(RelayForm.CLOSE_AFTER_BYTES, "TCP close after (bytes)", "0 (off): end a connection after this many bytes");
        field(RelayForm.CLOSE_AFTER_MS, "TCP close after (ms)", "0 (off): end a connection after this long");
        checkBox(RelayForm.RESET, "TCP: the limits end with RST instead of FIN");
        field(RelayForm.SEED, "Seed", "The same seed and traffic repeat the same random choices");
        choice(RelayForm.TLS_LISTEN, "TLS from the client", RelayForm.TLS_LISTEN_CHOICES,
                "TCP: terminate the client's TLS with this certificate, so the traffic pane shows plain text");
        field(RelayForm.TLS_NAMES, "Self-signed for", "Host names and addresses, separated by commas");
        field(RelayForm.TLS_CERTIFICATE, "Certificate file", "PEM chain or PKCS#12 file");
        field(RelayForm.TLS_KEY, "Key file (PEM)", "Empty when the key is in the certificate file");
        PasswordField password = new PasswordField();
        password.setId("relay-" + RelayForm.TLS_PASSWORD);
        password.setPromptText("PKCS#12 password");
        password.textProperty().addListener((obs, old, text) -> model.set(RelayForm.TLS_PASSWORD, text));
        grid.addRow(row++, new Label("Password"), password);
        checkBox(RelayForm.TLS_TARGET, "TLS to the target (SNI: the target host)");
        field(RelayForm.TRUST_PINS, "Trusted target pins",
                "SHA-256 fingerprints of target certificates to accept without a CA, separated by commas");
        field(RelayForm.TLS_ALPN, "ALPN", "Protocols accepted from the client and offered to the target (h2, http/1.1)");
    }

    private void checkBox(String key, String label) {
        CheckBox box = new CheckBox(label);
        box.setId("relay-" + key);
        box.setSelected(Boolean.parseBoolean(model.value(key)));
        box.selectedProperty().addListener((obs, old, on) -> model.set(key, Boolean.toString(on)));
        grid.add(box, 1, row++);
    }

    private void field(String key, String label, String tooltip) {
        TextField field = new TextField(model.value(key));
        field.setId("relay-" + key);
        field.setTooltip(new Tooltip(tooltip));
        field.setPromptText(tooltip);
        field.textProperty().addListener((obs, old, text) -> model.set(key, text));
        grid.addRow(row++, new Label(label), field);
    }

    private void choice(String key, String label, List<String> options, String tooltip) {
        ChoiceBox<String> box = new ChoiceBox<>();
        box.getItems().setAll(options);
        box.setValue(model.value(key));
        box.setId("relay-" + key);
        box.setTooltip(new Tooltip(tooltip));
        box.valueProperty().addListener((obs, old, value) -> model.set(key, value));
        grid.addRow(row++, new Label(label), box);
    }

    private HBox buttons() {
        Button start = new Button("Start");
        start.setId("relayStart");
        start.setOnAction(e -> model.start());
        start.disableProperty().bind(model.runningProperty());
        Button apply = new Button("Apply impairments");
        apply.setId("relayApply");
        apply.setOnAction(e -> model.apply());
        apply.disableProperty().bind(model.runningProperty().not());
        Button stop = new Button("Stop");
        stop.setId("relayStop");
        stop.setOnAction(e -> model.stop());
        stop.disableProperty().bind(model.runningProperty().not());
        return new HBox(8, start, apply, stop);
    }
}
