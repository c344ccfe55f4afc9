package org.socketworkbench.script;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event loop, timers, console and uncaught errors. */
class ScriptRuntimeTest {

    private final Scripts scripts = new Scripts();

    @AfterEach
    void closeEngine() {
        scripts.close();
    }

    @Test
    void timersRunInDueOrderAndTheScriptEndsWhenNoneIsLeft() {
        Scripts.Run run = scripts.run("""
                setTimeout(function () { console.log('b'); }, 30);
                setTimeout(function (x, y) { console.log('a', x, y); }, 10, 1, 'two');
                var n = 0;
                var id = setInterval(function () { n++; if (n === 3) { clearInterval(id); console.log('interval', n); } }, 1);
                var cancelled = setTimeout(function () { console.log('never'); }, 5);
                clearTimeout(cancelled);
                console.log('first');
                """);
        List<String> logs = run.logs();
        assertEquals(4, logs.size(), run.text());
        assertEquals("first", logs.getFirst());
        assertTrue(logs.contains("interval 3"), run.text());
        assertTrue(logs.indexOf("a 1 two") < logs.indexOf("b"), run.text());
    }
}
