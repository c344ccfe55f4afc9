package org.socketworkbench.app;

import javafx.application.Platform;
import javafx.stage.Stage;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** The real workbench window for the GUI benchmarks, started on a fresh JavaFX toolkit (no export dialog). */
final class BenchWorkbench {

    private BenchWorkbench() {
    }

    static Workbench start() throws Exception {
        CompletableFuture<Workbench> started = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                SocketWorkbenchApp app = new SocketWorkbenchApp((owner, format, name) -> Optional.empty());
                app.start(new Stage());
                started.complete(app.workbench());
            } catch (RuntimeException e) {
                started.completeExceptionally(e);
            }
        });
        return started.get(60, TimeUnit.SECONDS);
    }
}
