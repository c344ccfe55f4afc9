package org.socketworkbench.ui.console;

import javafx.application.Platform;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.ui.StyleClasses;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Highlighting runs off the FX thread, and a burst of edits costs one catch-up computation. */
class HighlightingTest {

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    private final ConcurrentLinkedQueue<Runnable> held = new ConcurrentLinkedQueue<>();

    @Test
    void spansAreComputedOffTheFxThreadAndOnlyTheNewestTextIsApplied() throws Exception {
        List<Boolean> onFxThread = new CopyOnWriteArrayList<>();
        AtomicInteger computations = new AtomicInteger();
        // Holds the computations until the test lets them run, on a thread of their own.
        Executor background = task -> held.add(() -> {
            onFxThread.add(Platform.isFxApplicationThread());
            computations.incrementAndGet();
            task.run();
        });
        CodeArea area = FxThread.call(CodeArea::new);
        FxThread.run(() -> new Highlighting(area, background));
        FxThread.run(() -> {
            for (int i = 0; i < 100; i++) {
                area.appendText("var a" + i + " = " + i + ";\n");
            }
        });
        assertEquals(1, held.size(), "one computation at a time, however many edits");
        runHeld();
        FxThread.waitUntil(10, () -> !held.isEmpty());
        assertEquals(1, held.size(), "the edits made meanwhile: one more computation, of the newest text");
        runHeld();
        // getStyleOfChar(i) is the style of the character before i: the last line's 'var'.
        FxThread.waitUntil(10, () -> area.getStyleOfChar(area.getText().lastIndexOf("var") + 1).contains(StyleClasses.JS_KEYWORD));
        assertEquals(2, computations.get());
        assertTrue(onFxThread.stream().noneMatch(Boolean::booleanValue), "never on the FX thread");
        assertFalse(FxThread.call(() -> area.getText().isEmpty()));
    }

    private void runHeld() throws InterruptedException {
        Runnable task = held.poll();
        Thread thread = Thread.ofVirtual().start(task);
        thread.join();
    }
}
