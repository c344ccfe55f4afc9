package org.socketworkbench.script;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The headless {@code run} command: runs one Chrome App script without a window and exits when
 * nothing is pending, on an uncaught error, or at the time limit. Console output goes to standard
 * output, warnings and errors to standard error.
 */
public final class RunCommand {

    public static final int EXIT_FINISHED = 0;
    public static final int EXIT_UNCAUGHT_ERROR = 1;
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_TIMEOUT = 124;

    public static final String USAGE = """
            Usage: socket-workbench run <script.js> [--timeout <seconds>] [--manifest <manifest.json>]
            Runs a Chrome App script (chrome.socket, chrome.sockets.tcp/udp/tcpServer) without a window.
            Permissions come from the manifest.json beside the script (or --manifest); without one,
            every socket operation is allowed.

              --timeout SECONDS   stop the script after this long (default: no limit)
              --manifest FILE     take permissions from this manifest.json

            Exit codes: 0 the script finished (no timers, no socket operation pending); 1 an uncaught
            error (printed as file:line: message); 2 bad arguments, or the script or manifest could
            not be read; 124 the time limit was reached.""";

    /** How long a stopped script may take to destroy its sockets before we give up waiting. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private RunCommand() {
    }

    /** Runs the command; returns the exit code. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            out.println(USAGE);
            return EXIT_FINISHED;
        }
        RunOptions options;
        ScriptSource source;
        ScriptPermissions permissions;
        try {
            options = RunOptions.parse(args);
            source = ScriptSource.read(options.script());
            permissions = options.manifest() != null ? ScriptPermissions.fromManifest(options.manifest())
                    : ScriptPermissions.forScript(options.script());
        } catch (IllegalArgumentException | IOException e) {
            err.println("run: " + describe(e));
            err.println(USAGE);
            return EXIT_USAGE;
        }
        RunningScript script = ScriptRunner.startHeadless(source, permissions, line ->
                (line.level().isProblem() ? err : out).println(line.text()));
        return await(script, options, err);
    }

    private static int await(RunningScript script, RunOptions options, PrintStream err) {
        try {
            ScriptOutcome outcome = options.timeLimit().isPresent()
                    ? script.outcome().get(options.timeout().toNanos(), TimeUnit.NANOSECONDS)
                    : script.outcome().get();
            return outcome.status() == ScriptOutcome.Status.FAILED ? EXIT_UNCAUGHT_ERROR : EXIT_FINISHED;
        } catch (TimeoutException e) {
            err.println("run: " + options.script().getFileName() + " still running after "
                    + options.timeout().toMillis() / 1000.0 + " s; stopped");
            script.stop();
            awaitStop(script);
            return EXIT_TIMEOUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            script.stop();
            return EXIT_UNCAUGHT_ERROR;
        } catch (ExecutionException e) {
            err.println("run: " + e.getCause());
            return EXIT_UNCAUGHT_ERROR;
        }
    }

    private static void awaitStop(RunningScript script) {
        try {
            script.outcome().get(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the exit code already says it timed out; sockets die with the process
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException missing) {
            return "no such file: " + missing.getFile();
        }
        return e instanceof IOException ? "cannot read: " + e : e.getMessage();
    }
}
