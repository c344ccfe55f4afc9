package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the Linux kernel says about an engine's loopback socket, read with {@code ss} (iproute2):
 * socket options the engine sets but the chrome.socket API cannot show.
 */
final class KernelSockets {

    /** ss's timer text: {@code 44sec}, {@code 1min59sec}, {@code 16min}. */
    private static final Pattern KEEPALIVE = Pattern.compile("timer:\\(keepalive,(?:(\\d+)min)?(?:(\\d+)sec)?[^,]*,");

    private KernelSockets() {
    }

    /** The backlog of the listener on {@code port}: the Send-Q column of {@code ss -ltn}. */
    static int listenBacklog(int port) {
        List<String> lines = ss("-Hltn", "sport = :" + port);
        assertEquals(1, lines.size(), "one listener on port " + port + ": " + lines);
        return Integer.parseInt(lines.getFirst().trim().split("\\s+")[2]);
    }

    /**
     * The seconds left on the keep-alive timer of the established connection whose local port is
     * {@code port}; empty when keep-alive is off.
     */
    static OptionalInt keepAliveSecondsLeft(int port) {
        List<String> lines = ss("-Htno", "state", "established", "sport = :" + port);
        assertEquals(1, lines.size(), "one connection from port " + port + ": " + lines);
        Matcher timer = KEEPALIVE.matcher(lines.getFirst());
        if (!timer.find()) {
            return OptionalInt.empty();
        }
        int minutes = timer.group(1) == null ? 0 : Integer.parseInt(timer.group(1));
        int seconds = timer.group(2) == null ? 0 : Integer.parseInt(timer.group(2));
        return OptionalInt.of(minutes * 60 + seconds);
    }

    private static List<String> ss(String... arguments) {
        List<String> command = new ArrayList<>(List.of("ss"));
        command.addAll(List.of(arguments));
        try {
            Process ss = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(ss.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(ss.waitFor(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS) && ss.exitValue() == 0,
                    String.join(" ", command) + " failed: " + output);
            return output.lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot run ss (iproute2)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
