package org.socketworkbench.script;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.cli.CommandLines;
import org.socketworkbench.engine.tls.Openssl;
import org.socketworkbench.engine.tls.OpensslServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run --trust-pin HOST:PORT=SHA256}: a script's chrome.sockets.tcp.secure() to a
 * self-signed {@code openssl s_server} is -202 without the pin and succeeds with it, for that
 * endpoint only; a malformed pin is a usage error naming the format.
 */
class RunTrustPinTest {

    private static final String SCRIPT = """
            var tcp = chrome.sockets.tcp;
            tcp.create({}, function (created) {
              var id = created.socketId;
              tcp.setPaused(id, true, function () {
                tcp.connect(id, 'localhost', PORT, function (connected) {
                  tcp.secure(id, {}, function (result) {
                    console.log('secure ' + result);
                    if (result !== 0) { tcp.close(id); return; }
                    tcp.onReceive.addListener(function (info) {
                      console.log('received ' + new TextDecoder().decode(info.data).trim());
                      tcp.close(id);
                    });
                    tcp.setPaused(id, false);
                    tcp.send(id, new TextEncoder().encode('hello\\n').buffer, function () {});
                  });
                });
              });
            });
            """;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path[] certificate;

    @BeforeEach
    void certificate() throws IOException {
        Assumptions.assumeTrue(Openssl.installed(), "openssl is not installed (Debian package openssl)");
        certificate = Openssl.selfSigned(dir, "server", "localhost");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLines.execute(new RunCommand(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(args));
    }

    @Test
    void onlyAPinForTheEndpointLetsTheScriptSecureToASelfSignedServer() throws IOException {
        String pin = Openssl.fingerprint(certificate[0]);
        try (OpensslServer server = OpensslServer.start(certificate[0], certificate[1], 0)) {
            Path app = Files.writeString(dir.resolve("app.js"), SCRIPT.replace("PORT", String.valueOf(server.port())));
            List<String> base = List.of(app.toString(), "--timeout", "20");

            assertEquals(0, run(base.toArray(String[]::new)), err.toString());
            assertEquals("secure -202\n", out.toString(StandardCharsets.UTF_8));

            List<String> otherPort = new ArrayList<>(base);
            otherPort.addAll(List.of("--trust-pin", "localhost:" + (server.port() == 1 ? 2 : server.port() - 1) + "=" + pin));
            assertEquals(0, run(otherPort.toArray(String[]::new)), err.toString());
            assertEquals("secure -202\n", out.toString(StandardCharsets.UTF_8), "a pin for another port");

            List<String> pinned = new ArrayList<>(base);
            pinned.addAll(List.of("--trust-pin", "LOCALHOST:" + server.port() + "=" + pin.replace(":", "")));
            assertEquals(0, run(pinned.toArray(String[]::new)), err.toString());
            assertEquals("secure 0\nreceived olleh\n", out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aMalformedPinIsAUsageErrorThatShowsTheFormat() throws IOException {
        Path app = Files.writeString(dir.resolve("app.js"), "console.log('never');\n");
        for (String bad : List.of("localhost=AB", "localhost:99999=" + "AB".repeat(32), "localhost:443=XYZ")) {
            assertEquals(2, run(app.toString(), "--trust-pin", bad), bad);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("--trust-pin"), err.toString());
            assertEquals("", out.toString(StandardCharsets.UTF_8));
        }
    }
}
