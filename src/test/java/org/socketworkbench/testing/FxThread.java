package org.socketworkbench.testing;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Reading and changing FX state from a test thread, on the FX thread. */
public final class FxThread {

    /** How long one call may wait for the FX thread before the test fails. */
    private static final long CALL_TIMEOUT_SECONDS = 20;

    private FxThread() {
    }

    /** The value computed on the FX thread (fails the test after 20 s). */
    public static <T> T call(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    public static void run(Runnable runnable) throws Exception {
        call(() -> {
            runnable.run();
            return null;
        });
    }

    /** Waits (up to {@code seconds}) until the condition, evaluated on the FX thread, holds. */
    public static void waitUntil(long seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition));
    }
}
