package org.socketworkbench.ui.traffic;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Reading and changing FX state from a test thread, on the FX thread. */
final class FxThread {

    private FxThread() {
    }

    /** The value computed on the FX thread (fails the test after 10 s). */
    static <T> T call(Callable<T> callable) throws Exception {
        return WaitForAsyncUtils.asyncFx(callable).get(10, TimeUnit.SECONDS);
    }

    static void run(Runnable runnable) throws Exception {
        call(() -> {
            runnable.run();
            return null;
        });
    }

    /** Waits (up to {@code seconds}) until the condition, evaluated on the FX thread, holds. */
    static void waitUntil(int seconds, Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> call(condition));
    }
}
