package org.socketworkbench.traffic;

import org.socketworkbench.engine.TrafficEvent;

import java.util.Optional;

/**
 * What the capture asks of a payload as it arrives: its {@link FlowRoute}, if it crossed a relay.
 * Called on the engine's threads, once per payload, so it must be quick and must not wait.
 */
@FunctionalInterface
public interface FlowRoutes {

    /** No payload crosses anything. */
    FlowRoutes NONE = event -> Optional.empty();

    Optional<FlowRoute> routeOf(TrafficEvent event);
}
