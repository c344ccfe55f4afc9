package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.SocketPermissions;
import org.socketworkbench.engine.TrustPins;

import javax.net.ssl.SSLContext;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What every socket of one engine shares: where callbacks run, lastError, permissions, the
 * observers, the I/O thread starter and the TLS context.
 */
public final class EngineContext {

    private final Executor callbackExecutor;
    private final LastErrorContext lastErrors;
    private final SocketPermissions permissions;
    private final ObserverHub observers;
    private final Operations operations;
    private final Supplier<SSLContext> sslContext;
    private final Consumer<Throwable> callbackFailures;
    private final TrustPins trustPins;

    public EngineContext(Executor callbackExecutor, LastErrorContext lastErrors, SocketPermissions permissions,
                         ObserverHub observers, Operations operations, Supplier<SSLContext> sslContext,
                         Consumer<Throwable> callbackFailures, TrustPins trustPins) {
        this.trustPins = trustPins;
        this.callbackExecutor = callbackExecutor;
        this.lastErrors = lastErrors;
        this.permissions = permissions;
        this.observers = observers;
        this.operations = operations;
        this.sslContext = sslContext;
        this.callbackFailures = callbackFailures;
    }

    public Executor callbackExecutor() {
        return callbackExecutor;
    }

    public LastErrorContext lastErrors() {
        return lastErrors;
    }

    public SocketPermissions permissions() {
        return permissions;
    }

    public ObserverHub observers() {
        return observers;
    }

    public Operations operations() {
        return operations;
    }

    /** The TLS context for secure(); created on first use (it costs a trust-store load). */
    public SSLContext sslContext() {
        return sslContext.get();
    }

    /** Certificates trusted per endpoint for every secure() of this engine (the trustPins extension). */
    public TrustPins trustPins() {
        return trustPins;
    }

    /** A callback threw: the engine reports it and goes on. */
    public void reportCallbackFailure(Throwable error) {
        callbackFailures.accept(error);
    }
}
