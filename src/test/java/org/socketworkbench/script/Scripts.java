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
        RunningScript script = ScriptRunner.start(new ScriptSource(name, text), permissions, engine, lines::add);
        return new Run(script, lines);
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
