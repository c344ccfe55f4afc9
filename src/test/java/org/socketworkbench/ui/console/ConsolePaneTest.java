package org.socketworkbench.ui.console;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollToEvent;
import javafx.scene.control.skin.VirtualFlow;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.script.ConsoleLine;
import org.socketworkbench.testing.FxExtension;
import org.socketworkbench.testing.FxThread;
import org.socketworkbench.ui.FxBatchingExecutor;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Console view: type a script, run it, see its output; Stop destroys the script's sockets. */
class ConsolePaneTest {

    private final FxRobot robot = new FxRobot();
    private final SocketEngine engine = SocketEngine.builder().build();
    private ConsolePane pane;

    @RegisterExtension
    final FxExtension fx = FxExtension.toolkit();

    @BeforeEach
    void showPane() throws Exception {
        fx.mount(() -> {
            pane = new ConsolePane(new ConsoleModel(engine, new FxBatchingExecutor()));
            return pane;
        }, 800, 600);
    }

    @AfterEach
    void cleanUp() {
        engine.close();
    }

    private CodeArea editor() {
        return robot.lookup("#consoleEditor").query();
    }

    private List<String> outputText() {
        ListView<ConsoleLine> output = robot.lookup("#consoleOutput").query();
        return List.copyOf(output.getItems()).stream().map(ConsoleLine::text).toList();
    }

    private void awaitOutput(String text) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> outputText().contains(text));
    }

    @Test
    void aTypedScriptRunsAndItsOutputAppears() throws Exception {
        robot.clickOn("#consoleEditor").write("console.log('sum', 1 + 2);");
        robot.clickOn("#consoleRun");
        awaitOutput("Finished: nothing left to wait for.");
        assertEquals(List.of("No manifest.json (the script is not from a file): all socket operations are allowed.",
                "sum 3", "Finished: nothing left to wait for."), outputText());
        Label state = robot.lookup("#consoleState").query();
        assertEquals("Idle", state.getText());
    }

    @Test
    void anUncaughtErrorShowsItsLine() throws Exception {
        robot.interact(() -> editor().replaceText("var a = 1;\nnull.x;\n"));
        robot.clickOn("#consoleRun");
        awaitOutput("Ended by an uncaught error.");
        assertTrue(outputText().contains("untitled.js:2: TypeError: Cannot read property \"x\" from null"), outputText().toString());
    }

    @Test
    void stopEndsARunningScriptAndDestroysItsSockets() throws Exception {
        robot.interact(() -> editor().replaceText("""
                chrome.socket.create('tcp', function (s) {
                  chrome.socket.listen(s.socketId, '127.0.0.1', 0, function (result) {
                    console.log('listening', result);
                    chrome.socket.accept(s.socketId, function () {});
                  });
                });
                """));
        robot.clickOn("#consoleRun");
        awaitOutput("listening 0");
        assertEquals(1, engine.sockets().size(), "the script's server socket lives in the workbench's engine");
        assertTrue(robot.lookup("#consoleRun").query().isDisabled());
        assertTrue(pane.model().running().get());
        robot.clickOn("#consoleStop");
        awaitOutput("Stopped; the script's sockets were destroyed.");
        assertEquals(List.of(), engine.sockets());
        assertFalse(robot.lookup("#consoleRun").query().isDisabled());
    }

    @Test
    void aFloodOfLinesIsBoundedScrolledAtMostOncePerPulseAndEndsInSight() throws Exception {
        ListView<ConsoleLine> output = robot.lookup("#consoleOutput").query();
        AtomicInteger scrolls = new AtomicInteger();
        AtomicInteger scrollsThisPulse = new AtomicInteger();
        AtomicInteger mostScrollsInAPulse = new AtomicInteger();
        FxThread.run(() -> {
            output.addEventHandler(ScrollToEvent.scrollToTopIndex(), event -> {
                scrolls.incrementAndGet();
                scrollsThisPulse.incrementAndGet();
            });
            output.getScene().addPostLayoutPulseListener(() ->
                    mostScrollsInAPulse.accumulateAndGet(scrollsThisPulse.getAndSet(0), Math::max));
            editor().replaceText("for (var i = 0; i < 12000; i++) { console.log('line ' + i); }");
        });
        robot.clickOn("#consoleRun");
        awaitOutput("Finished: nothing left to wait for.");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(ConsoleModel.MAX_LINES, FxThread.call(() -> output.getItems().size()));
        Label dropped = robot.lookup("#consoleDropped").query();
        assertEquals("2,002 older lines dropped: the console keeps the newest 10,000", FxThread.call(dropped::getText));
        assertTrue(FxThread.call(dropped::isVisible));
        assertTrue(scrolls.get() >= 1, "it follows the output");
        assertEquals(1, mostScrollsInAPulse.get(), "at most one scroll per pulse (" + scrolls.get() + " in all)");
        int lastShown = FxThread.call(() -> ((VirtualFlow<?>) output.lookup(".virtual-flow")).getLastVisibleCell().getIndex());
        assertEquals(ConsoleModel.MAX_LINES - 1, lastShown, "the newest line is in sight");
    }
}
