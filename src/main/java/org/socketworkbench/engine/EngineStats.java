package org.socketworkbench.engine;

/**
 * What an engine holds right now, for leak checks and the status bar.
 *
 * @param liveSockets       sockets not yet destroyed
 * @param runningOperations virtual threads doing blocking work (DNS, connect, read, accept, TLS, queued writes)
 */
public record EngineStats(int liveSockets, int runningOperations) {
}
