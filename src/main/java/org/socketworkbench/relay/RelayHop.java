package org.socketworkbench.relay;

/** A payload the traffic tap saw, placed in its relay conversation and direction. */
public record RelayHop(Conversation conversation, RelayDirection direction) {
}
