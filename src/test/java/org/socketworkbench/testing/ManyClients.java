package org.socketworkbench.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A second process (python3) that opens many TCP connections to a loopback port one after
 * another, holds them until told, then closes them all. A separate process because the server
 * side and the client side of thousands of connections may not fit one process's file limit.
 */
public final class ManyClients implements AutoCloseable {

    private static final String SCRIPT = """
            import socket, sys, time
            host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
            held = []
            start = time.monotonic()
            for i in range(count):
                held.append(socket.create_connection((host, port), timeout=120))
            print("connected %d %.6f" % (count, time.monotonic() - start), flush=True)
            sys.stdin.readline()
            for s in held:
                s.close()
            print("closed", flush=True)
            sys.stdin.readline()
            """;

    private final Process process;
    private final BufferedReader out;
    private final OutputStream in;

    private ManyClients(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = process.getOutputStream();
    }

    /** Starts connecting {@code count} clients to 127.0.0.1:{@code port}. */
    public static ManyClients connect(int port, int count) throws IOException {
        return new ManyClients(new ProcessBuilder("python3", "-c", SCRIPT, "127.0.0.1", Integer.toString(port),
                Integer.toString(count)).redirectError(ProcessBuilder.Redirect.INHERIT).start());
    }

    /** Waits until every client connected; returns how long the clients took, in seconds. */
    public double awaitConnected(Duration timeout) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        String line = readLine(timeout);
        if (line == null || !line.startsWith("connected ")) {
            throw new IOException("the clients did not connect: " + line + " (exit " + exitCode() + ")");
        }
        return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
    }

    /** Closes every client and waits until they are closed. */
    public void closeAll(Duration timeout) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        in.write('\n');
        in.flush();
        String line = readLine(timeout);
        if (!"closed".equals(line)) {
            throw new IOException("the clients did not close: " + line);
        }
    }

    private String readLine(Duration timeout) throws InterruptedException, ExecutionException, TimeoutException {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return "read failed: " + e;
            }
        }, r -> Thread.ofVirtual().start(r)).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private String exitCode() {
        return process.isAlive() ? "still running" : Integer.toString(process.exitValue());
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
