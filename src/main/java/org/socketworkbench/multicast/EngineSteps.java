package org.socketworkbench.multicast;

import org.socketworkbench.i18n.Texts;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * chrome.socket calls as futures, for set-up sequences (create, options, bind, join) where each
 * step must succeed before the next. A failed step completes the future with a
 * {@link ProbeSocketException} that says what failed in Chrome's terms.
 */
final class EngineSteps {

    private EngineSteps() {
    }

    static CompletableFuture<Integer> createUdp(SocketEngine engine) {
        CompletableFuture<Integer> created = new CompletableFuture<>();
        engine.create("udp", null, info -> {
            if (info.socketId() > 0) {
                created.complete(info.socketId());
            } else {
                created.completeExceptionally(new ProbeSocketException(Texts.get("multicast.failed",
                        Texts.get("multicast.step.createUdp"), engine.lastError().orElse(Texts.get("multicast.engineClosed")))));
            }
        });
        return created;
    }

    /** Runs a call whose callback gets 0 on success. */
    static CompletableFuture<Void> expectOk(SocketEngine engine, String what, Consumer<Callback<Integer>> call) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        call.accept(result -> {
            if (result != null && result == 0) {
                done.complete(null);
            } else {
                String detail = result == null ? "" : NetError.describe(result);
                String lastError = engine.lastError().map(e -> " (" + e + ")").orElse("");
                done.completeExceptionally(new ProbeSocketException(Texts.get("multicast.failed", what, detail + lastError)));
            }
        });
        return done;
    }
}
