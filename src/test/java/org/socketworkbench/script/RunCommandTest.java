package org.socketworkbench.script;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.cli.CommandLines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headless {@code run} command: exit codes, output streams, and where permissions come from. */
class RunCommandTest {

    @TempDir
    Path dir;

    private static final String NO_MANIFEST = "No manifest.json beside ";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return CommandLines.execute(new RunCommand(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(args));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aScriptThatFinishesExitsZeroAndSaysOnStandardErrorThatEverythingIsAllowedWithoutAManifest() throws IOException {
        Path app = script("app.js", "setTimeout(function () { console.log('done'); }, 10);\n");
        assertEquals(0, run(app.toString()));
        assertEquals("done\n", out(), "standard output carries only what the script printed");
        assertEquals(NO_MANIFEST + "app.js: all socket operations are allowed.\n", err());
    }

    @Test
    void aThrowingScriptExitsOneAndPrintsFileAndLine() throws IOException {
        Path app = script("throws.js", "console.log('start');\n\nundefinedFunction();\n");
        assertEquals(1, run(app.toString()));
        assertEquals(NO_MANIFEST + "throws.js: all socket operations are allowed.\n"
                + "throws.js:3: ReferenceError: \"undefinedFunction\" is not defined.\n", err());
    }

    @Test
    void aScriptStillRunningAtTheTimeLimitIsStoppedWithExit124() throws IOException {
        Path app = script("forever.js", "setInterval(function () {}, 5);\n");
        assertEquals(124, run(app.toString(), "--timeout", "0.3"));
        assertTrue(err().contains("forever.js still running after 0.3 s; stopped"), err());
    }

    @Test
    void aTimeLimitOfZeroMeansNoLimitAndTakesEitherSpelling() throws IOException {
        Path app = script("app.js", "setTimeout(function () { console.log('done'); }, 10);\n");
        assertEquals(0, run(app.toString(), "--timeout", "0"), err());
        assertEquals(0, run("--timeout=0", app.toString()), err());
        assertEquals(124, run(script("forever.js", "setInterval(function () {}, 5);\n").toString(), "--timeout=0.2"));
    }

    @Test
    void aBadTimeLimitSaysWhatIsAllowed() {
        for (String bad : List.of("-1", "0.0000001", "1e9")) {
            err.reset();
            assertEquals(2, run("app.js", "--timeout=" + bad));
            assertEquals("run: --timeout " + bad + " is not allowed: give 0 (no limit) or 0.001 to 31622400 seconds (a year)\n"
                    + "Run 'run --help' for the options.\n", err());
        }
        err.reset();
        assertEquals(2, run("app.js", "--timeout", "soon"));
        assertTrue(err().startsWith("run: --timeout 'soon' is not a number of seconds\n"), err());
    }

    @Test
    void badArgumentsAndMissingFilesExitTwo() {
        assertEquals(2, run());
        assertTrue(err().startsWith("run: no script given"), err());
        assertEquals(2, run("app.js", "--timeout", "soon"));
        assertEquals(2, run(dir.resolve("missing.js").toString()));
        assertTrue(err().contains("run: no such file: " + dir.resolve("missing.js")), err());
        assertEquals(2, run("a.js", "--colour"));
    }

    @Test
    void theManifestBesideTheScriptGrantsAndDenies() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), """
                {"name": "t", "permissions": [{"socket": ["tcp-listen:127.0.0.1:*", "bogus-rule"]}]}""");
        Path app = script("app.js", """
                chrome.socket.create('tcp', function (s) {
                  chrome.socket.listen(s.socketId, '127.0.0.1', 0, function (r) {
                    console.log('listen', r);
                    chrome.socket.connect(s.socketId, '127.0.0.1', 9, function (c) {
                      console.log('connect', c, chrome.runtime.lastError.message);
                      chrome.socket.create('udp', function (u) {
                        chrome.socket.sendTo(u.socketId, new ArrayBuffer(1), '127.0.0.1', 9, function (w) {
                          console.log('sendTo', typeof w, w, chrome.runtime.lastError.message);
                          chrome.sockets.tcp.create(function (t) {
                            chrome.sockets.tcp.connect(t.socketId, '127.0.0.1', 9, function () {
                              console.log('sockets.tcp.connect', arguments.length, chrome.runtime.lastError.message);
                            });
                          });
                        });
                      });
                    });
                  });
                });
                """);
        assertEquals(0, run(app.toString()), err());
        assertTrue(out().endsWith("""
                listen 0
                connect -1 App does not have permission
                sendTo number -1 App does not have permission
                sockets.tcp.connect 0 Does not have permission
                """), out());
        assertTrue(out().startsWith("listen 0"), out());
        assertTrue(err().startsWith("Permissions from manifest.json: SocketPermissions[tcp-listen:127.0.0.1:*]"), err());
        assertTrue(err().endsWith("\nmanifest.json: Permission '\"bogus-rule\"' is unknown or URL pattern is malformed.\n"), err());
    }

    @Test
    void theManifestOptionTakesPermissionsFromAnotherFileAndABrokenManifestExitsTwo() throws IOException {
        Path manifest = Files.writeString(dir.resolve("other.json"), """
                {"sockets": {"udp": {"bind": "127.0.0.1:*"}}}""");
        Path app = script("app.js", """
                chrome.sockets.udp.create(function (u) {
                  chrome.sockets.udp.bind(u.socketId, '127.0.0.1', 0, function (r) {
                    console.log('bind', r);
                    chrome.sockets.udp.close(u.socketId);
                  });
                });
                """);
        assertEquals(0, run(app.toString(), "--manifest", manifest.toString()), err());
        assertTrue(out().endsWith("bind 0\n"), out());

        Files.writeString(dir.resolve("manifest.json"), "{\"permissions\": [{\"socket\": \"tcp-connect\"}]}");
        err.reset();
        assertEquals(2, run(app.toString()));
        assertTrue(err().startsWith("run: manifest.json: Invalid value for 'permissions[socket]'"), err());
    }
}
