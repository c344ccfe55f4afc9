package org.socketworkbench.traffic;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares one {@link TrafficFlow} among all payloads with the same socket and endpoints, so a
 * million captured payloads do not hold a million copies of the same address strings. Safe for
 * many threads. The table is bounded: when it outgrows {@link #MAX_FLOWS} (a UDP socket talking
 * to very many peers) it starts over, which only costs sharing, never correctness.
 */
final class FlowInterner {

    static final int MAX_FLOWS = 16_384;

    private final ConcurrentHashMap<TrafficFlow, TrafficFlow> flows = new ConcurrentHashMap<>();

    /** The shared flow equal to {@code flow}; {@code flow} itself (same object) when it is new. */
    TrafficFlow intern(TrafficFlow flow) {
        TrafficFlow shared = flows.get(flow);
        if (shared != null) {
            return shared;
        }
        if (flows.size() >= MAX_FLOWS) {
            flows.clear();
        }
        shared = flows.putIfAbsent(flow, flow);
        return shared == null ? flow : shared;
    }
}
