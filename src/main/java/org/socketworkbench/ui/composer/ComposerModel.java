package org.socketworkbench.ui.composer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.payloads.CounterSequence;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.payloads.SendContext;
import org.socketworkbench.payloads.TemplateException;
import org.socketworkbench.settings.PresetFile;
import org.socketworkbench.settings.Settings;
import org.socketworkbench.sockets.InputCheck;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SendJob;
import org.socketworkbench.sockets.SendRequest;
import org.socketworkbench.sockets.SocketActions;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.traffic.PayloadFormat;
import org.socketworkbench.traffic.PayloadFormatException;
import org.socketworkbench.traffic.PayloadParser;
import org.socketworkbench.traffic.PayloadText;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * The composer's state: the payload as typed and its format, the UDP destination, repeat and
 * interval, where {@code {{COUNTER}}} starts and its step, a preview of the next send's bytes
 * ({@link SendPreview}, computed off the FX thread), the problem with the input (checked as typed), the history of sent payloads and the
 * named presets. {@link #send()} turns it into a {@link SendJob}, whose progress reaches the FX
 * thread coalesced: only the latest progress is kept, with at most one hand-over pending, so a
 * send repeated 10,000 times is not 10,000 status updates. A TCP server as the target sends to
 * one of its connections or to all of them ({@link #recipientProperty()}), one job each.
 */
public final class ComposerModel {

    private static final int HISTORY = 50;
    /** Counter start and step bounds: start + step × the largest repeat count stays far inside a long. */
    static final long COUNTER_LIMIT = 1_000_000_000L;

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
    private final StringProperty counterStart = new SimpleStringProperty(Long.toString(CounterSequence.DEFAULT.start()));
    private final StringProperty counterStep = new SimpleStringProperty(Long.toString(CounterSequence.DEFAULT.step()));
    private final SendPreview preview;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final BooleanProperty sending = new SimpleBooleanProperty();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ObservableList<Settings.Preset> presets = FXCollections.observableArrayList();
    private final ServerRecipients recipients;
    private final AtomicReference<SendJob.Progress> latestProgress = new AtomicReference<>();
    private List<SendJob> jobs = List.of();

    public ComposerModel(SocketActions actions, Executor fxExecutor, List<Settings.Preset> savedPresets,
                         Consumer<List<Settings.Preset>> presetsChanged) {
        this(actions, fxExecutor, savedPresets, presetsChanged, serverId -> List.of());
    }

    /**
     * @param connectionsOf a TCP server's connected accepted connections, in id order (see
     *                      {@code SocketTracker.connectionsOf})
     */
    public ComposerModel(SocketActions actions, Executor fxExecutor, List<Settings.Preset> savedPresets,
                         Consumer<List<Settings.Preset>> presetsChanged, IntFunction<List<SocketRow>> connectionsOf) {
        this(actions, fxExecutor, savedPresets, presetsChanged, connectionsOf, new SendPreview(fxExecutor));
    }

    /** @param preview compiles the template off the FX thread (a test holds it on a latch) */
    ComposerModel(SocketActions actions, Executor fxExecutor, List<Settings.Preset> savedPresets,
                  Consumer<List<Settings.Preset>> presetsChanged, IntFunction<List<SocketRow>> connectionsOf,
                  SendPreview preview) {
        this.recipients = new ServerRecipients(connectionsOf);
        this.actions = actions;
        this.fxExecutor = fxExecutor;
        this.presetsChanged = presetsChanged;
        this.preview = preview;
        presets.setAll(savedPresets);
        for (var property : List.of(text, host, port, repeat, interval, counterStart, counterStep)) {
            property.addListener((obs, old, now) -> check());
        }
        format.addListener((obs, old, now) -> check());
        for (var property : List.of(text, counterStart)) {
            property.addListener((obs, old, now) -> updatePreview());
        }
        format.addListener((obs, old, now) -> updatePreview());
        // The template is checked where it is compiled, off the FX thread: its problem arrives with the preview.
        preview.problemProperty().addListener((obs, old, now) -> check());
        updatePreview();
        target.addListener((obs, old, now) -> {
            if (old == null || now == null || old.id() != now.id() || old.role() != now.role()) {
                recipients.serve(serverTarget() ? now : null);
            }
            check();
        });
        recipients.chosenProperty().addListener((obs, old, now) -> check());
        recipients.countProperty().addListener((obs, old, now) -> check());
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

    /** {@code {{COUNTER}}} of a send job's first send. */
    public StringProperty counterStartProperty() {
        return counterStart;
    }

    /** Added to {@code {{COUNTER}}} for each further send of the job (may be negative). */
    public StringProperty counterStepProperty() {
        return counterStep;
    }

    /**
     * The hex dump of the bytes the next send puts on the wire (the counter at its start,
     * RANDOM/UUID/DATE as they would be now, checksums computed), computed off the FX thread;
     * "" while the template has an error ({@link #previewProblemProperty()}).
     */
    public ReadOnlyStringProperty previewProperty() {
        return preview.dumpProperty();
    }

    /** The size of the previewed payload in bytes. */
    public ReadOnlyIntegerProperty previewSizeProperty() {
        return preview.sizeProperty();
    }

    /** The template's error with its position, as the preview found it; "" when it expands. */
    public ReadOnlyStringProperty previewProblemProperty() {
        return preview.problemProperty();
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

    /** {@link #serverTarget()} as a binding, for the recipient choice. */
    public BooleanBinding serverTargetBinding() {
        return Bindings.createBooleanBinding(this::serverTarget, target);
    }

    /** Whether the target is a TCP server (then it sends to its connections). */
    public boolean serverTarget() {
        return target.get() != null && target.get().role() == SocketRole.TCP_SERVER;
    }

    /** For a TCP server target: {@link Recipient#ALL} and each of its connections. */
    public ObservableList<Recipient> recipients() {
        return recipients.choices();
    }

    /** For a TCP server target: whom to send to. */
    public ObjectProperty<Recipient> recipientProperty() {
        return recipients.chosenProperty();
    }

    /** How many connections the server target has now (what "all connections" reaches). */
    public ReadOnlyIntegerProperty connectionCountProperty() {
        return recipients.countProperty();
    }

    /** Reads the server target's connections again (see {@link ServerRecipients#refresh()}); call about once a pulse. */
    public void refreshConnections() {
        recipients.refresh();
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
            return Optional.of(Texts.get("composer.problem.noTarget"));
        }
        Optional<String> noRecipient = recipients.problem();
        if (noRecipient.isPresent()) {
            return noRecipient;
        }
        if (!preview.problemProperty().get().isEmpty()) {
            return Optional.of(preview.problemProperty().get());
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
        return InputCheck.positive(repeat.get(), Texts.get("composer.repeat.accessible"), 10_000_000)
                .or(() -> InputCheck.nonNegative(interval.get(), Texts.get("composer.interval.name"), 86_400_000))
                .or(() -> InputCheck.between(counterStart.get(), Texts.get("composer.counterStart.accessible"),
                        -COUNTER_LIMIT, COUNTER_LIMIT))
                .or(() -> InputCheck.between(counterStep.get(), Texts.get("composer.counterStep.accessible"),
                        -COUNTER_LIMIT, COUNTER_LIMIT));
    }

    private void updatePreview() {
        preview.update(previewInput());
    }

    private SendPreview.Input previewInput() {
        boolean validStart = InputCheck.between(counterStart.get(), "", -COUNTER_LIMIT, COUNTER_LIMIT).isEmpty();
        long start = validStart ? Long.parseLong(counterStart.get().strip()) : CounterSequence.DEFAULT.start();
        return new SendPreview.Input(text.get(), format.get(), start);
    }

    /** The values {@code {{COUNTER}}} takes in the next send job (the default while a field is wrong: a file send has no counter). */
    private CounterSequence counterSequence() {
        try {
            return new CounterSequence(Long.parseLong(counterStart.get().strip()), Long.parseLong(counterStep.get().strip()));
        } catch (NumberFormatException e) {
            return CounterSequence.DEFAULT;
        }
    }

    /** Sends what is typed; false (with {@link #problemProperty()} set) when the input is wrong. */
    public boolean send() {
        if (!problem.get().isEmpty()) {
            return false;
        }
        Optional<SendPreview.Result> compiled = preview.resultFor(previewInput()).filter(r -> r.template() != null);
        PayloadTemplate template;
        if (compiled.isPresent()) {
            template = compiled.get().template();
        } else {
            // Sent before the background compile of the last edit came back: compile this once here.
            try {
                template = PayloadTemplate.compile(text.get(), format.get(), StandardCharsets.UTF_8);
            } catch (TemplateException e) {
                problem.set(e.getMessage());
                return false;
            }
        }
        remember(text.get());
        return send(template, compiled.map(SendPreview.Result::size).orElse(-1));
    }

    /** Sends a file's bytes as one payload. */
    public boolean send(byte[] payload) {
        return send(PayloadTemplate.literal(payload), payload.length);
    }

    /** @param knownSize the first send's size, or -1 to expand the template for it */
    private boolean send(PayloadTemplate template, int knownSize) {
        SocketRow row = target.get();
        if (row == null || sending.get()) {
            return false;
        }
        List<Integer> sockets = socketsToSendTo(row);
        if (sockets.isEmpty()) {
            return false;
        }
        boolean sendTo = row.kind() == SocketKind.UDP && !host.get().isBlank();
        int times = Integer.parseInt(repeat.get().strip());
        long every = Long.parseLong(interval.get().strip());
        CounterSequence counter = counterSequence();
        int size = knownSize >= 0 ? knownSize : template.expand(SendContext.system(counter.start())).length;
        sending.set(true);
        status.set(Texts.get("composer.status.sending", size, times > 1 ? Texts.get("composer.status.times", times) : "",
                sockets.size() > 1 ? Texts.get("composer.status.toConnections", count(sockets.size())) : ""));
        if (sockets.size() == 1) {
            SendRequest request = new SendRequest(sockets.getFirst(), template, counter,
                    sendTo ? host.get().strip() : null, sendTo ? Integer.parseInt(port.get().strip()) : 0, times, every);
            jobs = List.of(new SendJob(actions, request, progress -> {
                if (latestProgress.getAndSet(progress) == null) {
                    fxExecutor.execute(() -> show(latestProgress.getAndSet(null), size));
                }
            }).start());
            return true;
        }
        Broadcast broadcast = new Broadcast(sockets.size(), size);
        List<SendJob> started = new ArrayList<>(sockets.size());
        for (int socket : sockets) {
            SendRequest request = new SendRequest(socket, template, counter, null, 0, times, every);
            started.add(new SendJob(actions, request, progress -> {
                if (progress.finished()) {
                    fxExecutor.execute(() -> broadcast.finished(progress));
                }
            }).start());
        }
        jobs = List.copyOf(started);
        return true;
    }

    /** The target itself, or for a TCP server the chosen connection or all of them. */
    private List<Integer> socketsToSendTo(SocketRow row) {
        return serverTarget() ? recipients.socketIds() : List.of(row.id());
    }

    /** Progress of one payload sent to many connections: one line when all jobs are done. FX thread. */
    private final class Broadcast {
        private final int connections;
        private final int size;
        private int done;
        private int failed;
        private long sends;

        Broadcast(int connections, int size) {
            this.connections = connections;
            this.size = size;
        }

        void finished(SendJob.Progress progress) {
            done++;
            sends += progress.sent();
            if (progress.failure() != null) {
                failed++;
            }
            if (done < connections) {
                status.set(Texts.get("composer.status.broadcasting", count(connections), count(done)));
                return;
            }
            sending.set(false);
            status.set(Texts.get("composer.status.broadcast", size, count(connections - failed), count(sends),
                    failed == 0 ? "" : Texts.get("composer.status.failedCount", count(failed))));
        }
    }

    private void show(SendJob.Progress progress, int size) {
        if (!progress.finished()) {
            status.set(Texts.get("composer.status.progress", progress.sent(), progress.requested()));
            return;
        }
        sending.set(false);
        status.set(progress.failure() != null ? Texts.get("composer.status.failed", progress.failure(), progress.sent())
                : Texts.get("composer.status.sent", size,
                progress.requested() > 1 ? Texts.get("composer.status.times", progress.sent()) : ""));
    }

    /** The problem and the template's error are words: the pane asks for them again in a new language. FX thread. */
    public void relocalize() {
        updatePreview();
        check();
    }

    /** Shows a message where send results appear (e.g. a file that could not be read). */
    public void report(String message) {
        status.set(message);
    }

    public void stop() {
        jobs.forEach(SendJob::cancel);
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

    /** Saves bytes (a captured payload) as a named preset, written the way the composer reads them. */
    public void savePreset(String name, PayloadText typed) {
        presets.removeIf(p -> p.name().equals(name));
        presets.add(new Settings.Preset(name, typed.format().name(), typed.text()));
        presetsChanged.accept(List.copyOf(presets));
        status.set(Texts.get("composer.status.presetSaved", name));
    }

    /** Writes every preset to a JSON file on a virtual thread; the status says how it went. */
    public void exportPresets(Path file) {
        List<Settings.Preset> snapshot = List.copyOf(presets);
        Thread.ofVirtual().name("presets-export").start(() -> {
            String message;
            try {
                PresetFile.write(file, snapshot);
                message = Texts.get("composer.status.presetsExported", snapshot.size(), file.getFileName());
            } catch (IOException e) {
                message = Texts.get("composer.status.presetsExportFailed", file, e.getMessage());
            }
            String done = message;
            fxExecutor.execute(() -> status.set(done));
        });
    }

    /**
     * Reads presets from a JSON file on a virtual thread and adds them; one with the name of an
     * existing preset replaces it. A file that is not valid adds nothing; the status says why.
     */
    public void importPresets(Path file) {
        Thread.ofVirtual().name("presets-import").start(() -> {
            try {
                List<Settings.Preset> imported = PresetFile.read(file);
                fxExecutor.execute(() -> addImported(imported, file));
            } catch (IOException e) {
                String message = e instanceof PresetFile.PresetFileException ? e.getMessage()
                        : Texts.get("composer.status.readFailed", file, e.getMessage());
                fxExecutor.execute(() -> status.set(Texts.get("composer.status.nothingImported", message)));
            }
        });
    }

    private void addImported(List<Settings.Preset> imported, Path file) {
        int replaced = 0;
        List<Settings.Preset> next = new ArrayList<>(presets);
        for (Settings.Preset preset : imported) {
            if (next.removeIf(p -> p.name().equals(preset.name()))) {
                replaced++;
            }
            next.add(preset);
        }
        presets.setAll(next);
        presetsChanged.accept(List.copyOf(presets));
        status.set(Texts.get("composer.status.imported", imported.size(), file.getFileName(),
                replaced == 0 ? "" : Texts.get("composer.status.replaced", replaced)));
    }

    /** 1,234: counts in status lines. */
    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
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
