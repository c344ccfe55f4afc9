package org.socketworkbench.engine;

/**
 * Watches an engine: socket lifecycle and state changes, and every payload. Methods run on
 * engine threads at the moment things happen; they must return quickly and must not call back
 * into the engine synchronously or block (hand the event to a queue). An exception thrown by an
 * observer is caught and does not affect the engine.
 */
public interface EngineObserver {

    /** A socket was created, changed state, or was destroyed. */
    default void socketChanged(SocketEvent event) {
    }

    /** A payload was read, written, received or sent. */
    default void traffic(TrafficEvent event) {
    }
}
