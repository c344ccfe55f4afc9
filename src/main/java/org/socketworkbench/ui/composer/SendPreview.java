package org.socketworkbench.ui.composer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.payloads.SendContext;
import org.socketworkbench.payloads.TemplateException;
import org.socketworkbench.traffic.HexDump;
import org.socketworkbench.traffic.PayloadFormat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bytes the composer's next send will put on the wire, as a hex dump, or why there are none
 * (the template error with its position). Compiling and expanding a payload of many kilobytes
 * (or {@code {{RANDOM:65535}}}) can take longer than a frame, so it runs on a background thread:
 * edits only replace the latest input, one computation runs at a time and always takes the newest
 * input, and its result reaches the FX thread through the FX executor with at most one hand-over
 * pending (so typing fast gives at most one update per pulse, and the last one shows the last edit).
 */
final class SendPreview {

    /** Bytes the dump shows; the size line counts them all. */
    static final int DUMP_BYTES = 512;

    /** What to preview: the payload as typed and the counter value of the next send. */
    record Input(String text, PayloadFormat format, long counter) {
    }

    private record Result(String dump, int size, String problem) {
    }

    private final Executor fxExecutor;
    private final Executor background;
    private final ReadOnlyStringWrapper dump = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final AtomicReference<Input> pendingInput = new AtomicReference<>();
    private final AtomicReference<Result> pendingResult = new AtomicReference<>();
    private final AtomicBoolean computing = new AtomicBoolean();

    SendPreview(Executor fxExecutor) {
        this(fxExecutor, task -> Thread.ofVirtual().name("composer-preview").start(task));
    }

    SendPreview(Executor fxExecutor, Executor background) {
        this.fxExecutor = Objects.requireNonNull(fxExecutor);
        this.background = Objects.requireNonNull(background);
    }

    /** The hex dump of the next send's bytes (at most {@link #DUMP_BYTES}); "" when there is a problem. */
    ReadOnlyStringProperty dumpProperty() {
        return dump.getReadOnlyProperty();
    }

    /** How many bytes the next send has (0 when there is a problem). */
    ReadOnlyIntegerProperty sizeProperty() {
        return size.getReadOnlyProperty();
    }

    /** The template's error with its position; "" when it expands. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Asks for the preview of this input. FX thread; returns at once. */
    void update(Input input) {
        pendingInput.set(Objects.requireNonNull(input));
        if (computing.compareAndSet(false, true)) {
            background.execute(this::computeLatest);
        }
    }

    private void computeLatest() {
        do {
            Input input;
            while ((input = pendingInput.getAndSet(null)) != null) {
                publish(compute(input));
            }
            computing.set(false);
            // An update that came after the last poll but before computing was cleared found it set.
        } while (pendingInput.get() != null && computing.compareAndSet(false, true));
    }

    private static Result compute(Input input) {
        try {
            byte[] bytes = PayloadTemplate.compile(input.text(), input.format(), StandardCharsets.UTF_8)
                    .expand(SendContext.system(input.counter()));
            return new Result(HexDump.format(bytes, DUMP_BYTES), bytes.length, "");
        } catch (TemplateException e) {
            return new Result("", 0, e.getMessage());
        } catch (RuntimeException e) {
            // compile promises TemplateException only; still, a preview must never end the worker silently.
            return new Result("", 0, "No preview: " + e);
        }
    }

    private void publish(Result result) {
        if (pendingResult.getAndSet(result) == null) {
            fxExecutor.execute(this::show);
        }
    }

    private void show() {
        Result result = pendingResult.getAndSet(null);
        if (result != null) {
            dump.set(result.dump());
            size.set(result.size());
            problem.set(result.problem());
        }
    }
}
