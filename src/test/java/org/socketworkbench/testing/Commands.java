package org.socketworkbench.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs short external commands (ip, iperf) for tests and benchmarks, with a time limit. */
public final class Commands {

    /**
     * What a finished command left.
     *
     * @param exitCode its exit status
     * @param output   stdout and stderr, interleaved
     */
    public record Result(int exitCode, String output) {

        public boolean ok() {
            return exitCode == 0;
        }
    }

    private Commands() {
    }

    /**
     * Runs a command to its end.
     *
     * @throws IOException when it cannot start or does not end within the timeout (it is killed)
     */
    public static Result run(List<String> command, Duration timeout) throws IOException {
        Path output = Files.createTempFile("swb-command", ".out");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!waitFor(process, timeout)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not end within " + timeout.toSeconds() + " s");
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** Runs a command and fails with its output unless it exits 0. */
    public static String check(List<String> command, Duration timeout) throws IOException {
        Result result = run(command, timeout);
        if (!result.ok()) {
            throw new IOException(String.join(" ", command) + " exited " + result.exitCode() + ": " + result.output().strip());
        }
        return result.output();
    }

    /** Whether an executable of that name is on the PATH (or in /usr/sbin, /sbin, where ip lives). */
    public static boolean installed(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + java.io.File.pathSeparator + "/usr/sbin:/sbin";
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    /** Waits for a process; false when the timeout passed first. */
    public static boolean waitFor(Process process, Duration timeout) throws IOException {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + process.info().commandLine().orElse("a command"), e);
        }
    }
}
