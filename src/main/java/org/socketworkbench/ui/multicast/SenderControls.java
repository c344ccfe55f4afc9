package org.socketworkbench.ui.multicast;

import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import org.socketworkbench.multicast.GroupAddress;
import org.socketworkbench.multicast.GroupSettings;
import org.socketworkbench.multicast.ProbeSize;
import org.socketworkbench.multicast.SenderState;
import org.socketworkbench.multicast.SenderStatus;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One group's probe sender controls, a row of the matrix: adapter, rate, size and TTL fields
 * (checked as the user types), start/stop, and what the sender is doing (sent counter, failures).
 * The fields keep what the user typed across refreshes.
 */
final class SenderControls {

    private static final PseudoClass INVALID = StyleClasses.DANGER;
    private static final String LOOPBACK = "lo";

    private final GroupAddress group;
    private final MulticastViewModel model;
    private final ComboBox<String> iface;
    private final TextField rate = field("10", 6, "Probes per second, 0.001 to 1000000");
    private final TextField size;
    private final TextField ttl;
    private final Button startStop = new Button("Start");
    private final Label status = new Label();
    private final Tooltip startTip = new Tooltip();
    private final Tooltip statusTip = new Tooltip();
    private boolean active;

    SenderControls(GroupSettings settings, ObservableList<String> adapters, MulticastViewModel model) {
        this.group = settings.group();
        this.model = model;
        iface = new ComboBox<>(adapters);
        iface.setValue(adapters.contains(LOOPBACK) ? LOOPBACK : adapters.isEmpty() ? null : adapters.getFirst());
        iface.setTooltip(new Tooltip("The adapter the probes leave through"));
        size = field(Integer.toString(ProbeSize.defaultFor(model.hostName())), 6,
                "Datagram size in bytes, the probe header included");
        ttl = field(Integer.toString(settings.ttl()), 3, "TTL (IPv6 hop limit): 0 stays on this host");
        startStop.setOnAction(e -> {
            if (active) {
                model.stopSender(group);
            } else {
                model.startSender(group, form());
            }
        });
        startStop.setTooltip(startTip);
        status.setTooltip(statusTip);
        status.getStyleClass().add(StyleClasses.SENDER_STATUS);
        status.setMinWidth(160);
        iface.valueProperty().addListener((obs, old, now) -> validate());
        List.of(rate, size, ttl).forEach(f -> f.textProperty().addListener((obs, old, now) -> validate()));
        validate();
    }

    private static TextField field(String value, int columns, String tooltip) {
        TextField field = new TextField(value);
        field.setPrefColumnCount(columns);
        field.setTooltip(new Tooltip(tooltip));
        return field;
    }

    /** Gives every control an id with this row's number, for tests and accessibility. */
    void identify(int row) {
        iface.setId("senderIface-" + row);
        rate.setId("senderRate-" + row);
        size.setId("senderSize-" + row);
        ttl.setId("senderTtl-" + row);
        startStop.setId("senderStart-" + row);
        status.setId("senderStatus-" + row);
    }

    /** The controls in column order. */
    List<Node> nodes() {
        return List.of(iface, rate, size, ttl, startStop, status);
    }

    SenderForm form() {
        return new SenderForm(iface.getValue(), rate.getText(), size.getText(), ttl.getText());
    }

    private Optional<String> validate() {
        SenderForm form = form();
        rate.pseudoClassStateChanged(INVALID, form.rateProblem().isPresent());
        size.pseudoClassStateChanged(INVALID, form.sizeProblem(group, model.hostName()).isPresent());
        ttl.pseudoClassStateChanged(INVALID, InputCheck.ttl(ttl.getText()).isPresent());
        Optional<String> problem = form.problem(group, model.hostName());
        startStop.setDisable(!active && problem.isPresent());
        startTip.setText(problem.orElse(active ? "Stop sending (a final probe tells receivers)"
                : "Send probes to " + group));
        return problem;
    }

    void show(Optional<SenderState> state) {
        active = state.map(SenderState::active).orElse(false);
        startStop.setText(active ? "Stop" : "Start");
        List.of(iface, rate, size, ttl).forEach(control -> control.setDisable(active));
        Optional<String> problem = validate();
        status.pseudoClassStateChanged(INVALID, state.map(s -> s.status() == SenderStatus.FAILED || s.sendFailures() > 0)
                .orElse(false) || !active && problem.isPresent());
        String text = state.map(SenderControls::describe).orElse("");
        if (!active && problem.isPresent()) {
            text = problem.get();
        }
        status.setText(text);
        statusTip.setText(text.isEmpty() ? "What the sender is doing" : text);
    }

    private static String describe(SenderState s) {
        String counts = "sent " + String.format(Locale.ROOT, "%,d", s.sent())
                + (s.sendFailures() > 0 ? ", " + s.sendFailures() + " failed: " + s.detail() : "");
        return switch (s.status()) {
            case STARTING -> "starting\u2026";
            case RUNNING -> counts + " (socket " + s.socketId() + ")";
            case STOPPED -> counts + ", stopped";
            case FAILED -> s.detail();
        };
    }
}
