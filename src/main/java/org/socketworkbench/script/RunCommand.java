package org.socketworkbench.script;

import org.socketworkbench.cli.CommandFailure;
import org.socketworkbench.cli.ExitCodes;
import org.socketworkbench.cli.HelpOption;
import org.socketworkbench.cli.SecondsConverter;
import org.socketworkbench.cli.TimeLimitConverter;
import org.socketworkbench.cli.UsageException;
import org.socketworkbench.engine.TrustPins;
import org.socketworkbench.i18n.Texts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The headless {@code run} command: runs one Chrome App script without a window and exits when
 * nothing is pending, on an uncaught error, or at the time limit. The script's console output
 * ({@code console.log}, {@code info}) goes to standard output; warnings, errors and the
 * runtime's own notes (which permissions apply) to standard error, so stdout carries only what
 * the script printed.
 */
@Command(name = "run", // i18n-ok: command-line help, English like every subcommand's
        customSynopsis = {"socket-workbench run <script.js> [--timeout <seconds>] [--manifest <manifest.json>]", // i18n-ok: command-line help, English like every subcommand's
            "       [--trust-pin HOST:PORT=SHA256]..."}) // i18n-ok: command-line help, English like every subcommand's
public final class RunCommand implements Callable<Integer> {

    public static final int EXIT_FINISHED = 0;
    public static final int EXIT_UNCAUGHT_ERROR = 1;
    public static final int EXIT_USAGE = ExitCodes.USAGE;
    public static final int EXIT_TIMEOUT = 124;

    @Parameters(paramLabel = "<script.js>", arity = "0..*", description = "the script to run")
    private List<Path> scripts = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", converter = TimeLimitConverter.class) // i18n-ok: command-line help, English like every subcommand's
    private Duration timeout = Duration.ZERO;

    @Option(names = "--manifest", paramLabel = "FILE")
    private Path manifest;

    @Option(names = "--trust-pin", paramLabel = "HOST:PORT=SHA256", converter = TrustPinConverter.class) // i18n-ok: command-line help, English like every subcommand's
    private List<TrustPinConverter.TrustPin> trustPins = new ArrayList<>();

    @Mixin
    private HelpOption help;

    @Spec
    private CommandSpec spec;

    /** How long a stopped script may take to destroy its sockets before we give up waiting. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    @Override
    public Integer call() throws UsageException {
        RunOptions options = options();
        ScriptSource source;
        ScriptPermissions permissions;
        try {
            source = ScriptSource.read(options.script());
            permissions = options.manifest() != null ? ScriptPermissions.fromManifest(options.manifest())
                    : ScriptPermissions.forScript(options.script());
        } catch (IllegalArgumentException | IOException e) {
            throw new CommandFailure(EXIT_USAGE, describe(e));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunningScript script = ScriptRunner.startHeadless(source, permissions, options.pins(), line ->
                (line.level().isScriptOutput() ? out : err).println(line.text()));
        return await(script, options, err);
    }

    /**
     * The parsed arguments, checked together.
     *
     * @throws UsageException when there is not exactly one script
     */
    RunOptions options() throws UsageException {
        if (scripts.isEmpty()) {
            throw new UsageException(Texts.get("script.run.noScript"));
        }
        if (scripts.size() > 1) {
            throw new UsageException(Texts.get("script.run.onlyOne", scripts.get(0), scripts.get(1)));
        }
        TrustPins pins = TrustPins.NONE;
        for (TrustPinConverter.TrustPin pin : trustPins) {
            pins = pins.with(pin.host(), pin.port(), pin.sha256());
        }
        return new RunOptions(scripts.getFirst(), timeout, manifest, pins);
    }

    private static int await(RunningScript script, RunOptions options, PrintWriter err) {
        try {
            ScriptOutcome outcome = options.timeLimit().isPresent()
                    ? script.outcome().get(options.timeout().toNanos(), TimeUnit.NANOSECONDS)
                    : script.outcome().get();
            return outcome.status() == ScriptOutcome.Status.FAILED ? EXIT_UNCAUGHT_ERROR : EXIT_FINISHED;
        } catch (TimeoutException e) {
            err.println("run: " + Texts.get("script.run.timedOut", options.script().getFileName(),
                    options.timeout().toMillis() / 1000.0));
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
            return Texts.get("script.run.noSuchFile", missing.getFile());
        }
        return e instanceof IOException ? Texts.get("script.run.cannotRead", e) : e.getMessage();
    }
}
