package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.TrafficEvent;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The engine's observers. Sockets ask {@link #active()} before they build an event, so an
 * engine nobody watches pays one volatile read per event site and nothing else.
 */
public final class ObserverHub {

    private static final EngineObserver[] NONE = new EngineObserver[0];

    private volatile EngineObserver[] observers = NONE;
    private final Consumer<Throwable> failures;

    public ObserverHub(Consumer<Throwable> failures) {
        this.failures = failures;
    }

    public synchronized void add(EngineObserver observer) {
        EngineObserver[] next = Arrays.copyOf(observers, observers.length + 1);
        next[next.length - 1] = observer;
        observers = next;
    }

    public synchronized void remove(EngineObserver observer) {
        observers = Arrays.stream(observers).filter(o -> o != observer).toArray(EngineObserver[]::new);
    }

    /** Whether anybody watches. */
    public boolean active() {
        return observers.length > 0;
    }

    /** Reports a socket change; the event is built only when somebody watches. */
    public void socketChanged(Supplier<SocketEvent> event) {
        EngineObserver[] current = observers;
        if (current.length == 0) {
            return;
        }
        SocketEvent built = event.get();
        for (EngineObserver observer : current) {
            try {
                observer.socketChanged(built);
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        }
    }

    /** Reports a payload; the event is built only when somebody watches. */
    public void traffic(Supplier<TrafficEvent> event) {
        EngineObserver[] current = observers;
        if (current.length == 0) {
            return;
        }
        TrafficEvent built = event.get();
        for (EngineObserver observer : current) {
            try {
                observer.traffic(built);
            } catch (RuntimeException e) {
                failures.accept(e);
            }
        }
    }
}
