package org.socketworkbench.engine.conformance;

import org.socketworkbench.engine.Callback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Starts calls without waiting and records the order in which their callbacks ran. */
final class CallbackOrder {

    private final List<String> labels = Collections.synchronizedList(new ArrayList<>());

    /** Starts {@code call}; its callback records {@code label} and completes the returned future. */
    <T> CompletableFuture<T> start(String label, Consumer<Callback<T>> call) {
        CompletableFuture<T> done = new CompletableFuture<>();
        call.accept(value -> {
            labels.add(label);
            done.complete(value);
        });
        return done;
    }

    /** The labels of the callbacks that ran so far, in the order they ran. */
    List<String> labels() {
        return List.copyOf(labels);
    }
}
