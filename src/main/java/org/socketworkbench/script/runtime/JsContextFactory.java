package org.socketworkbench.script.runtime;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;

import java.util.function.BooleanSupplier;

/**
 * Makes the Rhino contexts of one script: the newest language level Rhino has, interpreted mode
 * (quickest start, precise line numbers), no access to Java classes, and a check every few
 * thousand instructions that ends the script when it has been stopped, even inside
 * {@code while (true) {}}.
 */
public final class JsContextFactory extends ContextFactory {

    private static final int INSTRUCTIONS_BETWEEN_STOP_CHECKS = 10_000;

    private final BooleanSupplier stopRequested;

    public JsContextFactory(BooleanSupplier stopRequested) {
        this.stopRequested = stopRequested;
    }

    @Override
    protected Context makeContext() {
        Context context = super.makeContext();
        context.setLanguageVersion(Context.VERSION_ECMASCRIPT);
        context.setInterpretedMode(true);
        context.setInstructionObserverThreshold(INSTRUCTIONS_BETWEEN_STOP_CHECKS);
        context.setClassShutter(className -> false);
        return context;
    }

    @Override
    protected void observeInstructionCount(Context context, int instructionCount) {
        if (stopRequested.getAsBoolean()) {
            throw new ScriptStopped();
        }
    }
}
