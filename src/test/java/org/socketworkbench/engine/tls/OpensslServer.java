package org.socketworkbench.engine.tls;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openssl s_server -rev} on 127.0.0.1 (it answers every line reversed), with a given
 * certificate; port 0 lets the OS choose, and openssl's "ACCEPT" line (with the port it chose)
 * is awaited before the test goes on.
 */
public final class OpensslServer implements AutoCloseable {

    /** openssl 3.0 prints the address only when it chose the port itself. */
    private static final Pattern ACCEPT = Pattern.compile("^ACCEPT(?: 127\\.0\\.0\\.1:(\\d+))?");

    private final Process process;
    private final int port;

    private OpensslServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static OpensslServer start(Path certificate, Path key, int port, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of("openssl", "s_server", "-accept", "127.0.0.1:" + port,
                "-cert", certificate.toString(), "-key", key.toString(), "-rev"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Integer> bound = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher accept = ACCEPT.matcher(line);
                    if (accept.find()) {
                        bound.complete(accept.group(1) == null ? port : Integer.parseInt(accept.group(1)));
                    }
                }
            } catch (IOException e) {
                bound.completeExceptionally(e);
            }
            bound.completeExceptionally(new IOException("openssl s_server ended without listening"));
        });
        try {
            return new OpensslServer(process, bound.get(Openssl.TIMEOUT.toSeconds(), TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IOException("openssl s_server did not start listening", e);
        }
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while stopping openssl s_server", e);
        }
    }
}
