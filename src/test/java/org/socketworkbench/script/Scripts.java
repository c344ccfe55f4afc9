package org.socketworkbench.script;

import org.socketworkbench.engine.SocketEngine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Test support: runs scripts on an engine of its own (or a given one), collects their console
 * lines, and waits for them to end with a timeout.
 */
final class Scripts implements AutoCloseable {

    static final long TIMEOUT_SECONDS = 30;

    /** A script that was started, with its console. */
    record Run(RunningScript script, List<ConsoleLine> lines) {

        /** Waits until console.log printed a line starting with {@code prefix}; returns the rest of it. */
        String awaitLog(String prefix) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            synchronized (lines) {
                while (true) {
                    boolean ended = script.outcome().isDone();
                    for (ConsoleLine line : lines) {
                        if (line.text().startsWith(prefix)) {
                            return line.text().substring(prefix.length());
                        }
                    }
                    long left = deadline - System.nanoTime();
                    if (left <= 0 || ended) {
                        throw new AssertionError("no line starting with '" + prefix + "'; console:\n" + text());
                    }
                    try {
                        lines.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new AssertionError(e);
                    }
                }
            }
        }

        /** Waits for the end. */
        ScriptOutcome outcome() {
            try {
                return script.outcome().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (Exception e) {
                script.stop();
                throw new AssertionError("script did not end within " + TIMEOUT_SECONDS + " s; console:\n" + text(), e);
            }
        }

        /** Waits for the end and asserts it finished cleanly. */
        Run finished() {
            ScriptOutcome outcome = outcome();
            if (outcome.status() != ScriptOutcome.Status.FINISHED) {
                throw new AssertionError("expected FINISHED, got " + outcome + "; console:\n" + text());
            }
            return this;
        }

        /** The console lines' text, one per line. */
        String text() {
            return lines.stream().map(ConsoleLine::text).collect(Collectors.joining("\n"));
        }

        /** Just what console.log printed. */
        List<String> logs() {
            return lines.stream().filter(l -> l.level() == ConsoleLevel.LOG).map(ConsoleLine::text).toList();
        }

        List<String> warnings() {
            return lines.stream().filter(l -> l.level() == ConsoleLevel.WARN).map(ConsoleLine::text).toList();
        }
    }

    final SocketEngine engine = SocketEngine.builder().build();

    Run start(String name, String text) {
        return start(name, text, ScriptPermissions.allowAll("test"));
    }

    Run start(String name, String text, ScriptPermissions permissions) {
        List<ConsoleLine> lines = new CopyOnWriteArrayList<>();
        RunningScript script = ScriptRunner.start(new ScriptSource(name, text), permissions, engine, recorder(lines));
        return new Run(script, lines);
    }

    /** Runs a resource script headless (an engine of its own, like a separate app) with {@code config} as CONFIG. */
    static Run startHeadless(String resource, String config) {
        List<ConsoleLine> lines = new CopyOnWriteArrayList<>();
        // On the first line, so that line numbers stay those of the file.
        String text = "var CONFIG = " + config + "; " + resource(resource);
        RunningScript script = ScriptRunner.startHeadless(new ScriptSource(resource, text),
                ScriptPermissions.allowAll("test"), recorder(lines));
        return new Run(script, lines);
    }

    private static ConsoleSink recorder(List<ConsoleLine> lines) {
        return line -> {
            synchronized (lines) {
                lines.add(line);
                lines.notifyAll();
            }
        };
    }

    /** Runs {@code text} to its end and returns what it logged. */
    Run run(String text) {
        return start("test.js", text).finished();
    }

    /** A .js resource of this package. */
    static String resource(String name) {
        try (InputStream in = Scripts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        engine.close();
    }
}
