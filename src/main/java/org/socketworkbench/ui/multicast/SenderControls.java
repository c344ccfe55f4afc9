package org.socketworkbench.ui.multicast;

import org.socketworkbench.ui.FxTexts;
import org.socketworkbench.i18n.Texts;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
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
 * One group's probe sender controls, a row of the matrix: adapter, source address, rate, size and TTL fields
 * (checked as the user types), start/stop, and what the sender is doing (sent counter, failures).
 * The fields keep what the user typed across refreshes.
 */
final class SenderControls {

    private static final PseudoClass INVALID = StyleClasses.DANGER;
    private static final String LOOPBACK = "lo";

    private final GroupAddress group;
    private final MulticastViewModel model;
    private final ComboBox<String> iface;
    /** The address to send from; "" is "the adapter's own" (the OS picks). */
    private final ComboBox<String> source = new ComboBox<>();
    private final TextField rate = field("10", 6, "multicast.sender.rate.tip");
    private final TextField size;
    private final TextField ttl;
    private final Button startStop = new Button();
    private final Label status = new Label();
    private final Tooltip startTip = new Tooltip();
    private final Tooltip statusTip = new Tooltip();
    private boolean active;

    SenderControls(GroupSettings settings, ObservableList<String> adapters, MulticastViewModel model) {
        this.group = settings.group();
        this.model = model;
        iface = new ComboBox<>(adapters);
        iface.setValue(adapters.contains(LOOPBACK) ? LOOPBACK : adapters.isEmpty() ? null : adapters.getFirst());
        iface.setTooltip(FxTexts.tooltip("multicast.sender.iface.tip"));
        source.setConverter(new StringConverter<>() {
            @Override
            public String toString(String address) {
                return address == null || address.isEmpty() ? Texts.get("multicast.sender.source.own") : address;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        source.setTooltip(FxTexts.tooltip("multicast.sender.source.tip"));
        offerSources();
        iface.valueProperty().addListener((obs, old, now) -> offerSources());
        size = field(Integer.toString(ProbeSize.defaultFor(model.hostName())), 6,
                "multicast.sender.size.tip");
        ttl = field(Integer.toString(settings.ttl()), 3, "multicast.sender.ttl.tip");
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

    /** The chosen adapter's addresses of the group's family; the choice resets to "the adapter's own". */
    private void offerSources() {
        String adapter = iface.getValue();
        List<String> addresses = adapter == null ? List.of() : model.sourceAddresses(adapter, group.isIpv6());
        List<String> choices = new java.util.ArrayList<>();
        choices.add("");
        choices.addAll(addresses);
        String kept = source.getValue();
        source.getItems().setAll(choices);
        source.setValue(kept != null && choices.contains(kept) ? kept : "");
    }

    private static TextField field(String value, int columns, String tooltipKey) {
        TextField field = new TextField(value);
        field.setPrefColumnCount(columns);
        field.setTooltip(FxTexts.tooltip(tooltipKey));
        return field;
    }

    /** Gives every control an id with this row's number, for tests and accessibility. */
    void identify(int row) {
        iface.setId("senderIface-" + row);
        source.setId("senderSource-" + row);
        rate.setId("senderRate-" + row);
        size.setId("senderSize-" + row);
        ttl.setId("senderTtl-" + row);
        startStop.setId("senderStart-" + row);
        status.setId("senderStatus-" + row);
    }

    /** The controls in column order. */
    List<Node> nodes() {
        return List.of(iface, source, rate, size, ttl, startStop, status);
    }

    SenderForm form() {
        return new SenderForm(iface.getValue(), source.getValue(), rate.getText(), size.getText(), ttl.getText());
    }

    private Optional<String> validate() {
        SenderForm form = form();
        rate.pseudoClassStateChanged(INVALID, form.rateProblem().isPresent());
        size.pseudoClassStateChanged(INVALID, form.sizeProblem(group, model.hostName()).isPresent());
        ttl.pseudoClassStateChanged(INVALID, InputCheck.ttl(ttl.getText()).isPresent());
        Optional<String> problem = form.problem(group, model.hostName());
        startStop.setDisable(!active && problem.isPresent());
        startTip.setText(problem.orElse(active ? Texts.get("multicast.sender.stop.tip")
                : Texts.get("multicast.sender.start.tip", group)));
        return problem;
    }

    void show(Optional<SenderState> state) {
        active = state.map(SenderState::active).orElse(false);
        startStop.setText(Texts.get(active ? "multicast.sender.stop" : "multicast.sender.start"));
        List.of(iface, source, rate, size, ttl).forEach(control -> control.setDisable(active));
        Optional<String> problem = validate();
        status.pseudoClassStateChanged(INVALID, state.map(s -> s.status() == SenderStatus.FAILED || s.sendFailures() > 0)
                .orElse(false) || !active && problem.isPresent());
        String text = state.map(SenderControls::describe).orElse("");
        if (!active && problem.isPresent()) {
            text = problem.get();
        }
        status.setText(text);
        statusTip.setText(text.isEmpty() ? Texts.get("multicast.sender.status.tip") : text);
    }

    private static String describe(SenderState s) {
        String sent = String.format(Locale.ROOT, "%,d", s.sent());
        String counts = s.sendFailures() > 0 ? Texts.get("multicast.sender.sentFailed", sent, s.sendFailures(), s.detail())
                : Texts.get("multicast.sender.sent", sent);
        return switch (s.status()) {
            case STARTING -> Texts.get("multicast.sender.starting");
            case RUNNING -> Texts.get("multicast.sender.running", counts, s.socketId());
            case STOPPED -> Texts.get("multicast.sender.stopped", counts);
            case FAILED -> s.detail();
        };
    }
}
