package org.socketworkbench.engine.tls;

import org.socketworkbench.testing.Commands;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The openssl command line (Debian package openssl) as a TLS peer of the engine. */
public final class Openssl {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Openssl() {
    }

    public static boolean installed() {
        return Commands.installed("openssl");
    }

    /**
     * {@code openssl s_client} to 127.0.0.1:port, sending {@code input} and waiting for the server
     * to close (-ign_eof); stdout and stderr together.
     */
    public static Commands.Result sClient(int port, String input, Path dir, String... options) throws IOException {
        Path in = Files.writeString(dir.resolve("s_client.in"), input, StandardCharsets.UTF_8);
        Path out = dir.resolve("s_client.out");
        List<String> command = new ArrayList<>(List.of("openssl", "s_client", "-connect", "127.0.0.1:" + port,
                "-servername", "localhost", "-ign_eof"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(in.toFile())
                .redirectOutput(out.toFile()).start();
        if (!Commands.waitFor(process, TIMEOUT)) {
            process.destroyForcibly();
            throw new IOException("openssl s_client did not end within " + TIMEOUT.toSeconds() + " s");
        }
        return new Commands.Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
    }

    /** {@code openssl s_client} that handshakes, prints the server's certificate and quits (stdin empty). */
    public static String certificateShownBy(int port) throws IOException {
        return Commands.run(List.of("bash", "-c", "openssl s_client -connect 127.0.0.1:" + port
                + " -servername localhost < /dev/null"), TIMEOUT).output();
    }

    /** The SHA-256 fingerprint openssl computes for the first certificate in a file ("AA:BB:..."). */
    public static String fingerprint(Path pemText) throws IOException {
        String line = Commands.check(List.of("openssl", "x509", "-in", pemText.toString(), "-noout",
                "-fingerprint", "-sha256"), TIMEOUT).strip();
        return line.substring(line.indexOf('=') + 1);
    }

    /** A self-signed EC certificate and its key made by openssl itself: {@code name.crt}, {@code name.key}. */
    public static Path[] selfSigned(Path dir, String name, String commonName) throws IOException {
        Path crt = dir.resolve(name + ".crt");
        Path key = dir.resolve(name + ".key");
        Commands.check(List.of("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-keyout", key.toString(), "-out", crt.toString(), "-days", "2", "-subj", "/CN=" + commonName,
                "-addext", "subjectAltName=DNS:" + commonName + ",IP:127.0.0.1"), TIMEOUT);
        return new Path[] {crt, key};
    }
}
