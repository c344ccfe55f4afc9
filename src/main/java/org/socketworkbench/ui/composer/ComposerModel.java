package org.socketworkbench.ui.composer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.SendJob;
import org.socketworkbench.sockets.SendRequest;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The composer's state: the payload as typed and its format, the UDP destination, repeat and
 * interval, the problem with the input (checked as typed), the history of sent payloads and the
 * named presets. {@link #send()} turns it into a {@link SendJob}, whose progress reaches the FX
 * thread coalesced: only the latest progress is kept, with at most one hand-over pending, so a
 * send repeated 10,000 times is not 10,000 status updates.
 */
public final class ComposerModel {

    private static final int HISTORY = 50;

    private final SocketActions actions;
    private final Executor fxExecutor;
    private final Consumer<List<Settings.Preset>> presetsChanged;
    private final ObjectProperty<SocketRow> target = new SimpleObjectProperty<>();
    private final ObjectProperty<PayloadFormat> format = new SimpleObjectProperty<>(PayloadFormat.TEXT);
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("127.0.0.1");
    private final StringProperty port = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("1");
    private final StringProperty interval = new SimpleStringProperty("0");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<Settings.Preset> presets = FXCollections.observableArrayList();
    private final AtomicReference<SendJob.Progress> latestProgress = new AtomicReference<>();
    private SendJob job;

    public ComposerModel(SocketActions actions, Executor fxExecutor, List<Settings.Preset> savedPresets,
                         Consumer<List<Settings.Preset>> presetsChanged) {
        this.actions = actions;
        this.fxExecutor = fxExecutor;
        this.presetsChanged = presetsChanged;
        presets.setAll(savedPresets);
        for (var property : List.of(text, host, port, repeat, interval)) {
            property.addListener((obs, old, now) -> check());
        }
        format.addListener((obs, old, now) -> check());
        target.addListener((obs, old, now) -> check());
        check();
    }

    public ObjectProperty<SocketRow> targetProperty() {
        return target;
    }

    public ObjectProperty<PayloadFormat> formatProperty() {
        return format;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty intervalProperty() {
        return interval;
    }

    /** The first thing wrong with the input, in plain words; "" when it can be sent. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the last send did. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty sendingProperty() {
        return sending;
    }

    /** Whether the target is a UDP socket (then a destination may be given for sendTo). */
    public BooleanBinding udpTarget() {
        return Bindings.createBooleanBinding(() -> target.get() != null && target.get().kind() == SocketKind.UDP, target);
    }

    public ObservableList<String> history() {
        return history;
    }

    public ObservableList<Settings.Preset> presets() {
        return presets;
    }

    private void check() {
        problem.set(findProblem().orElse(""));
    }

    private Optional<String> findProblem() {
        if (target.get() == null) {
            return Optional.of("Select a socket in the list to send to");
        }
        try {
            PayloadParser.parse(text.get(), format.get());
        } catch (PayloadFormatException e) {
            return Optional.of(e.getMessage());
        }
        if (udpTarget().get() && !host.get().isBlank()) {
            Optional<String> hostProblem = InputCheck.host(host.get());
            if (hostProblem.isPresent()) {
                return hostProblem;
            }
            Optional<String> portProblem = InputCheck.port(port.get());
            if (portProblem.isPresent()) {
                return portProblem;
            }
        }
        return InputCheck.positive(repeat.get(), "Repeat count", 10_000_000)
                .or(() -> InputCheck.nonNegative(interval.get(), "Interval", 86_400_000));
    }

    /** Sends what is typed; false (with {@link #problemProperty()} set) when the input is wrong. */
    public boolean send() {
        if (!problem.get().isEmpty()) {
            return false;
        }
        byte[] payload = PayloadParser.parse(text.get(), format.get());
        remember(text.get());
        return send(payload);
    }

    /** Sends a file's bytes as one payload. */
    public boolean send(byte[] payload) {
        SocketRow row = target.get();
        if (row == null || sending.get()) {
            return false;
        }
        boolean sendTo = row.kind() == SocketKind.UDP && !host.get().isBlank();
        SendRequest request = new SendRequest(row.id(), payload, sendTo ? host.get().strip() : null,
                sendTo ? Integer.parseInt(port.get().strip()) : 0, Integer.parseInt(repeat.get().strip()),
                Long.parseLong(interval.get().strip()));
        sending.set(true);
        status.set("sending " + payload.length + " bytes" + (request.repeat() > 1 ? " × " + request.repeat() : ""));
        job = new SendJob(actions, request, progress -> {
            if (latestProgress.getAndSet(progress) == null) {
                fxExecutor.execute(() -> show(latestProgress.getAndSet(null), payload.length));
            }
        }).start();
        return true;
    }

    private void show(SendJob.Progress progress, int size) {
        if (!progress.finished()) {
            status.set("sent " + progress.sent() + " of " + progress.requested());
            return;
        }
        sending.set(false);
        status.set(progress.failure() != null ? progress.failure() + " (" + progress.sent() + " sent)"
                : "sent " + size + " bytes" + (progress.requested() > 1 ? " × " + progress.sent() : ""));
    }

    /** Shows a message where send results appear (e.g. a file that could not be read). */
    public void report(String message) {
        status.set(message);
    }

    public void stop() {
        if (job != null) {
            job.cancel();
        }
    }

    private void remember(String typed) {
        history.remove(typed);
        history.addFirst(typed);
        if (history.size() > HISTORY) {
            history.remove(HISTORY, history.size());
        }
    }

    /** Saves what is typed as a named preset (replacing one of the same name). */
    public void savePreset(String name) {
        presets.removeIf(p -> p.name().equals(name));
        presets.add(new Settings.Preset(name, format.get().name(), text.get()));
        presetsChanged.accept(List.copyOf(presets));
    }

    public void load(Settings.Preset preset) {
        format.set(parseFormat(preset.mode()));
        text.set(preset.text());
    }

    public void deletePreset(Settings.Preset preset) {
        presets.remove(preset);
        presetsChanged.accept(List.copyOf(presets));
    }

    private static PayloadFormat parseFormat(String name) {
        try {
            return PayloadFormat.valueOf(name);
        } catch (IllegalArgumentException e) {
            return PayloadFormat.TEXT;
        }
    }
}
