package org.socketworkbench.script;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ScriptableObject;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TrustPins;
import org.socketworkbench.script.chrome.ChromeApi;
import org.socketworkbench.script.runtime.JsConsole;
import org.socketworkbench.script.runtime.JsContextFactory;
import org.socketworkbench.script.runtime.JsLastError;
import org.socketworkbench.script.runtime.JsTextCodecs;
import org.socketworkbench.script.runtime.JsTimers;
import org.socketworkbench.script.runtime.ScriptLoop;
import org.socketworkbench.script.runtime.ScriptStopped;

import java.util.concurrent.CompletableFuture;

/**
 * One running script: its own event-loop thread with its own Rhino context and global scope,
 * the console, timers, text codecs and {@code chrome} APIs installed, and the end of the run
 * (finished, failed on an uncaught error, or stopped), after which its sockets are destroyed.
 */
final class ScriptSession implements RunningScript {

    private final ScriptSource source;
    private final ScriptPermissions permissions;
    private final ConsoleSink console;
    private final ScriptLoop loop = new ScriptLoop(this::uncaught);
    private final SocketEngine engine;
    private final boolean ownsEngine;
    private final CompletableFuture<ScriptOutcome> outcome = new CompletableFuture<>();
    private volatile boolean stopRequested;
    private ScriptError failure;

    /**
     * @param engine the engine to use, or null for one of its own whose callbacks run on the script's loop
     * @param pins   for an engine of its own: the certificates its secure() accepts per endpoint
     */
    ScriptSession(ScriptSource source, ScriptPermissions permissions, SocketEngine engine, TrustPins pins,
                  ConsoleSink console) {
        this.source = source;
        this.permissions = permissions;
        this.console = console;
        this.ownsEngine = engine == null;
        this.engine = ownsEngine ? SocketEngine.builder().callbackExecutor(loop).trustPins(pins).build() : engine;
    }

    void start() {
        Thread.ofPlatform().daemon().name("script " + source.name()).start(this::run);
    }

    private void run() {
        Context context = new JsContextFactory(() -> stopRequested).enterContext();
        ChromeApi chrome = null;
        try {
            ScriptableObject scope = context.initSafeStandardObjects();
            JsConsole jsConsole = new JsConsole(console);
            jsConsole.install(scope);
            new JsTimers(loop).install(scope);
            JsTextCodecs.install(scope);
            chrome = ChromeApi.install(scope, loop, engine, new JsLastError(scope, jsConsole),
                    permissions.socket(), permissions.sockets());
            permissions.notes().forEach(console::accept);
            loop.execute(() -> context.evaluateString(scope, source.text(), source.name(), 1, null));
            loop.run();
        } catch (RuntimeException | Error e) {
            uncaught(e);
        } finally {
            if (chrome != null) {
                chrome.destroyAll();
            }
            if (ownsEngine) {
                engine.close();
            }
            Context.exit();
            outcome.complete(failure != null ? ScriptOutcome.failed(failure)
                    : stopRequested ? ScriptOutcome.stopped() : ScriptOutcome.finished());
        }
    }

    private void uncaught(Throwable error) {
        loop.stop();
        if (error instanceof ScriptStopped || stopRequested || failure != null) {
            return;
        }
        failure = ScriptErrors.from(error, source.name());
        console.accept(new ConsoleLine(ConsoleLevel.ERROR, failure.toString()));
    }

    @Override
    public void stop() {
        stopRequested = true;
        loop.stop();
    }

    @Override
    public CompletableFuture<ScriptOutcome> outcome() {
        return outcome;
    }
}
