package org.socketworkbench.script.chrome;

import org.mozilla.javascript.Scriptable;

/**
 * One {@code chrome.sockets.*} socket of a script: its id in its namespace, the engine socket
 * behind it, its {@code SocketProperties}, and whether it is paused. {@code active} means
 * connected (tcp), bound (udp) or listening (tcpServer): the states in which the runtime keeps a
 * read or an accept outstanding for the socket's events. Event-loop thread only.
 */
final class SuccessorSocket {

    static final int DEFAULT_BUFFER_SIZE = 4096;

    final int id;
    final int engineId;
    boolean persistent;
    String name;
    Integer bufferSize;
    boolean paused;
    boolean active;
    boolean closed;
    /** A read or accept is outstanding in the engine. */
    boolean busy;
    /** Bumped by disconnect and close: results of operations started before are stale. */
    int generation;

    SuccessorSocket(int id, int engineId) {
        this.id = id;
        this.engineId = engineId;
    }

    /** How much one receive asks for: {@code bufferSize}, 4096 when not set. */
    int receiveSize() {
        return bufferSize == null ? DEFAULT_BUFFER_SIZE : bufferSize;
    }

    /** Applies the {@code SocketProperties} members that are present. */
    void update(Scriptable properties) {
        if (properties == null) {
            return;
        }
        Object value = properties.get("persistent", properties);
        if (value instanceof Boolean flag) {
            persistent = flag;
        }
        value = properties.get("name", properties);
        if (value instanceof CharSequence text) {
            name = text.toString();
        }
        value = properties.get("bufferSize", properties);
        if (value instanceof Number size) {
            bufferSize = size.intValue();
        }
    }

    /** Whether the runtime should keep an operation outstanding for events now. */
    boolean wantsEvents() {
        return active && !paused && !closed && !busy;
    }
}
