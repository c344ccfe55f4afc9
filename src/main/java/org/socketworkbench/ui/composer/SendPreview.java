package org.socketworkbench.ui.composer;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.payloads.PayloadTemplate;
import org.socketworkbench.payloads.SendContext;
import org.socketworkbench.payloads.TemplateException;
import org.socketworkbench.traffic.HexDump;
import org.socketworkbench.traffic.PayloadFormat;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The composer's template, compiled and expanded off the FX thread: the bytes the next send will
 * put on the wire as a hex dump, or why there are none (the template error with its position).
 * Compiling and expanding a payload of many kilobytes (or {@code {{RANDOM:65535}}}) can take
 * longer than a frame, so it runs on a background thread.
 *
 * <p>Latest wins: an edit replaces the pending input, one computation runs at a time and always
 * takes the newest input, a result whose input was replaced meanwhile is dropped before it is
 * handed over, and on the FX thread a result older than the last edit is dropped too. So typing
 * fast hands over at most one result at a time, and the one applied is the last edit's.
 */
final class SendPreview {

    /** Bytes the dump shows; the size line counts them all. */
    static final int DUMP_BYTES = 512;

    /** What to preview: the payload as typed and the counter value of the next send. */
    record Input(String text, PayloadFormat format, long counter) {
    }

    /**
     * What one input gave: the compiled template (null when it has an error), the dump, the size
     * and the problem ("" when it expands).
     */
    record Result(Input input, PayloadTemplate template, String dump, int size, String problem) {
    }

    private record Numbered(long generation, Input input) {
    }

    private record NumberedResult(long generation, Result result) {
    }

    private final Executor fxExecutor;
    private final Executor background;
    private final Function<Input, Result> compiler;
    private final ReadOnlyStringWrapper dump = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final AtomicReference<Numbered> pendingInput = new AtomicReference<>();
    private final AtomicReference<NumberedResult> pendingResult = new AtomicReference<>();
    private final AtomicBoolean computing = new AtomicBoolean();
    /** The last edit's number; FX thread. */
    private long generation;
    /** The result shown now; FX thread. */
    private Result shown;

    SendPreview(Executor fxExecutor) {
        this(fxExecutor, task -> Thread.ofVirtual().name("composer-preview").start(task), SendPreview::compute);
    }

    /**
     * @param background runs the computation (a thread of its own in the window)
     * @param compiler   input to result; a seam, so a test can hold a computation on a latch
     */
    SendPreview(Executor fxExecutor, Executor background, Function<Input, Result> compiler) {
        this.fxExecutor = Objects.requireNonNull(fxExecutor);
        this.background = Objects.requireNonNull(background);
        this.compiler = Objects.requireNonNull(compiler);
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

    /** The result shown, when it is this input's (not an older edit's). FX thread. */
    Optional<Result> resultFor(Input input) {
        return shown != null && shown.input().equals(input) ? Optional.of(shown) : Optional.empty();
    }

    /** Asks for the preview of this input. FX thread; returns at once. */
    void update(Input input) {
        pendingInput.set(new Numbered(++generation, Objects.requireNonNull(input)));
        if (computing.compareAndSet(false, true)) {
            background.execute(this::computeLatest);
        }
    }

    private void computeLatest() {
        do {
            Numbered next;
            while ((next = pendingInput.getAndSet(null)) != null) {
                Result result = compiler.apply(next.input());
                if (pendingInput.get() == null) { // else a newer edit came meanwhile: this one is obsolete
                    publish(new NumberedResult(next.generation(), result));
                }
            }
            computing.set(false);
            // An update that came after the last poll but before computing was cleared found it set.
        } while (pendingInput.get() != null && computing.compareAndSet(false, true));
    }

    /** Compiles and expands one input; never throws (a failed preview must not end the worker silently). */
    static Result compute(Input input) {
        try {
            PayloadTemplate template = PayloadTemplate.compile(input.text(), input.format(), StandardCharsets.UTF_8);
            byte[] bytes = template.expand(SendContext.system(input.counter()));
            return new Result(input, template, HexDump.format(bytes, DUMP_BYTES), bytes.length, "");
        } catch (TemplateException e) {
            return new Result(input, null, "", 0, e.getMessage());
        } catch (RuntimeException e) {
            return new Result(input, null, "", 0, Texts.get("composer.preview.failed", e));
        }
    }

    private void publish(NumberedResult result) {
        if (pendingResult.getAndSet(result) == null) {
            fxExecutor.execute(this::show);
        }
    }

    private void show() {
        NumberedResult latest = pendingResult.getAndSet(null);
        if (latest == null || latest.generation() != generation) {
            return; // an edit came after this input: its own result is on the way
        }
        shown = latest.result();
        dump.set(shown.dump());
        size.set(shown.size());
        problem.set(shown.problem());
    }
}
