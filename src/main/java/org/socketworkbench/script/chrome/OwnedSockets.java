package org.socketworkbench.script.chrome;

import org.socketworkbench.engine.SocketKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chrome.socket sockets one script owns, with their kind. The engine may hold other sockets
 * (the GUI's, other scripts'); to this script their ids are unknown, exactly as another app's ids
 * are in Chrome (contract §2.3). Event-loop thread only.
 */
final class OwnedSockets {

    /** An id no engine socket ever has: the engine answers it with Chrome's "Socket not found" shapes. */
    static final int UNKNOWN = 0;

    private final Map<Integer, SocketKind> kinds = new LinkedHashMap<>();

    void add(int id, SocketKind kind) {
        kinds.put(id, kind);
    }

    void remove(int id) {
        kinds.remove(id);
    }

    /** The id to pass to the engine: {@code id} when this script owns it, otherwise {@link #UNKNOWN}. */
    int engineId(int id) {
        return kinds.containsKey(id) ? id : UNKNOWN;
    }

    /** The socket's kind, or null when the script does not own it. */
    SocketKind kind(int id) {
        return kinds.get(id);
    }

    List<Integer> ids() {
        return List.copyOf(kinds.keySet());
    }
}
