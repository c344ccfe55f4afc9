package org.socketworkbench.ui.console;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.script.ConsoleLevel;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.testing.Eventually;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's model without a window: a real script on a real engine, its output handed to a
 * queue that the test runs as the FX thread would.
 */
class ConsoleModelTest {

    private static final int PRINTED = 25_000;

    private final SocketEngine engine = SocketEngine.builder().build();
    private final ConcurrentLinkedQueue<Runnable> handedOver = new ConcurrentLinkedQueue<>();
    private final ConsoleModel model = new ConsoleModel(engine, handedOver::add);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aScriptPrintingInALoopIsOneHandOverAndTheOutputKeepsTheNewestLines() {
        model.script().set("for (var i = 0; i < " + PRINTED + "; i++) { console.log('line ' + i); }");
        model.run();
        assertTrue(model.running().get());
        Eventually.await(Duration.ofSeconds(30), () -> handedOver.size() >= 2, () -> handedOver.size() + " tasks");
        assertEquals(2, handedOver.size(), "one hand-over for all the lines, one for the end of the script");
        runHandedOver();

        assertFalse(model.running().get());
        assertEquals(ConsoleModel.MAX_LINES, model.output().size());
        int total = 1 + PRINTED + 1;
        assertEquals(total - ConsoleModel.MAX_LINES, model.droppedLines().get(), "the note, the lines and the end");
        assertEquals("line " + (total - ConsoleModel.MAX_LINES - 1), model.output().getFirst().text());
        assertEquals("line " + (PRINTED - 1), model.output().get(ConsoleModel.MAX_LINES - 2).text());
        assertEquals("Finished: nothing left to wait for.", model.output().getLast().text());

        model.script().set("console.warn('again');");
        model.run();
        assertEquals(0, model.droppedLines().get(), "a new run starts with a fresh output");
        assertEquals(List.of(), model.output());
        Eventually.await(Duration.ofSeconds(30), () -> handedOver.size() >= 2, () -> handedOver.size() + " tasks");
        runHandedOver();
        assertEquals(List.of(ConsoleLevel.NOTE, ConsoleLevel.WARN, ConsoleLevel.INFO),
                model.output().stream().map(ConsoleLine::level).toList());
    }

    @Test
    void aLineOfTheWorkbenchComesAfterTheScriptLinesBeforeIt() {
        model.script().set("console.log('first');");
        model.run();
        Eventually.await(Duration.ofSeconds(30), () -> handedOver.size() >= 2, () -> handedOver.size() + " tasks");
        model.report(new ConsoleLine(ConsoleLevel.ERROR, "Cannot open x.js"));
        runHandedOver();
        List<String> texts = model.output().stream().map(ConsoleLine::text).toList();
        assertEquals(List.of("first", "Cannot open x.js", "Finished: nothing left to wait for."), texts.subList(1, 4));
    }

    @Test
    void theOutputIsReadOnlyForTheView() {
        assertThrows(UnsupportedOperationException.class, () -> model.output().add(new ConsoleLine(ConsoleLevel.LOG, "x")));
    }

    private void runHandedOver() {
        Runnable task;
        while ((task = handedOver.poll()) != null) {
            task.run();
        }
    }
}
