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

    @Test
    void consoleFormatsLikeABrowserConsole() {
        Scripts.Run run = scripts.run("""
                console.log('%s has %d items', 'list', 3.7, {a: [1, 'x']});
                console.log(new ArrayBuffer(3), new Uint8Array([1, 2]), null, undefined, true, 1.5, new Error('bad'));
                console.info('info'); console.warn('careful'); console.error('broken');
                """);
        assertEquals(List.of("list has 3 items {\"a\":[1,\"x\"]}", "ArrayBuffer(3) Uint8Array(2) [1, 2] null undefined true 1.5 Error: bad"),
                run.logs());
        assertEquals(List.of(new ConsoleLine(ConsoleLevel.INFO, "info"), new ConsoleLine(ConsoleLevel.WARN, "careful"),
                new ConsoleLine(ConsoleLevel.ERROR, "broken")), run.lines().stream()
                .filter(line -> line.level() != ConsoleLevel.LOG && !line.text().startsWith("test")).toList());
    }

    @Test
    void lastErrorIsSetOnlyWhileTheCallbackRuns() {
        Scripts.Run run = scripts.run("""
                console.log('before', chrome.runtime.lastError);
                chrome.socket.getInfo(999, function () {
                  console.log('during', chrome.runtime.lastError.message);
                  setTimeout(function () { console.log('later', chrome.runtime.lastError); }, 0);
                });
                console.log('after call', chrome.runtime.lastError);
                """);
        assertEquals(List.of("before undefined", "after call undefined", "during Socket not found", "later undefined"), run.logs());
        assertEquals(List.of(), run.warnings());
    }

    @Test
    void anErrorTheScriptNeverLooksAtIsReportedAsUnchecked() {
        Scripts.Run run = scripts.run("""
                chrome.socket.read(999, function (info) { console.log('ignored', info.resultCode); });
                chrome.socket.disconnect(998);
                chrome.sockets.tcp.close(997);
                chrome.socket.write(999, new ArrayBuffer(1), function () { if (chrome.runtime.lastError) {} });
                """);
        assertEquals(List.of("ignored -1"), run.logs());
        assertEquals(java.util.Set.of("Unchecked runtime.lastError while running socket.read: Socket not found",
                "Unchecked runtime.lastError while running socket.disconnect: Socket not found",
                "Unchecked runtime.lastError while running sockets.tcp.close: Socket not found"),
                java.util.Set.copyOf(run.warnings()));
        assertEquals(3, run.warnings().size(), run.text());
    }

    @Test
    void textEncoderAndDecoderFollowTheEncodingStandard() {
        Scripts.Run run = scripts.run("""
                var bytes = new TextEncoder().encode('h\u00e9\u20ac');
                console.log(bytes.constructor.name, Array.prototype.join.call(bytes, ','), new TextEncoder().encoding);
                console.log(Array.prototype.join.call(new TextEncoder().encode('\ud800'), ','));
                var d = new TextDecoder();
                console.log(d.encoding, d.decode(bytes), d.decode(bytes.buffer), d.decode(new Uint8Array(bytes.buffer, 1, 2)));
                console.log(d.decode(new DataView(bytes.buffer, 0, 1)), d.decode(), d.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])));
                console.log(new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0xe9, 0x80])));
                console.log(new TextDecoder('utf-16le').decode(new Uint8Array([0x41, 0, 0x42, 0])));
                console.log(new TextDecoder().decode(new Uint8Array([0x41, 0xff])));
                try { new TextDecoder('klingon'); } catch (e) { console.log(e.name, e.message); }
                try { new TextDecoder('utf-8', {fatal: true}).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.message); }
                """);
        assertEquals(List.of("Uint8Array 104,195,169,226,130,172 utf-8",
                "239,191,189",
                "utf-8 h\u00e9\u20ac h\u00e9\u20ac \u00e9",
                "h  A",
                "windows-1252 \u00e9\u20ac",
                "AB",
                "A\ufffd",
                "RangeError Failed to construct 'TextDecoder': The encoding label provided ('klingon') is invalid.",
                "TypeError Failed to execute 'decode' on 'TextDecoder': The encoded data was not valid."), run.logs());
    }

    @Test
    void anUncaughtErrorEndsTheScriptWithItsFileAndLine() {
        Scripts.Run run = scripts.start("boom.js", """
                var x = 1;
                setTimeout(function () {
                  throw new Error('boom');
                }, 0);
                """);
        ScriptOutcome outcome = run.outcome();
        assertEquals(ScriptOutcome.Status.FAILED, outcome.status());
        assertEquals(new ScriptError("boom.js", 3, "Error: boom"), outcome.error());
        assertEquals(new ConsoleLine(ConsoleLevel.ERROR, "boom.js:3: Error: boom"), run.lines().getLast());
    }

    @Test
    void aSyntaxErrorAndATypeErrorCarryTheirLines() {
        assertEquals(new ScriptError("syntax.js", 2, "SyntaxError: syntax error"),
                scripts.start("syntax.js", "var a = 1;\nvar b = ;\n").outcome().error());
        assertEquals(new ScriptError("type.js", 3, "TypeError: Cannot read property \"x\" from null"),
                scripts.start("type.js", "var a = null;\n\nvar y = a.x;\n").outcome().error());
        assertEquals(new ScriptError("decode.js", 1, "TypeError: Failed to execute 'decode' on 'TextDecoder':"
                        + " The provided value is not of type '(ArrayBuffer or ArrayBufferView)'."),
                scripts.start("decode.js", "new TextDecoder().decode('text');").outcome().error());
    }

    @Test
    void stoppingInterruptsRunningJavaScriptAndDestroysTheScriptsSockets() {
        Scripts.Run run = scripts.start("server.js", """
                chrome.socket.create('tcp', function (s) {
                  chrome.socket.listen(s.socketId, '127.0.0.1', 0, function (r) {
                    chrome.socket.accept(s.socketId, function () {});
                    chrome.sockets.udp.create(function (u) {
                      chrome.sockets.udp.bind(u.socketId, '127.0.0.1', 0, function () {
                        console.log('READY');
                        setTimeout(function () { while (true) {} }, 0);
                      });
                    });
                  });
                });
                """);
        run.awaitLog("READY");
        assertEquals(2, scripts.engine.sockets().size());
        run.script().stop();
        assertEquals(ScriptOutcome.Status.STOPPED, run.outcome().status());
        assertEquals(List.of(), scripts.engine.sockets());
    }
}
