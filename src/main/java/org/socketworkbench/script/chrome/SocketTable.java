package org.socketworkbench.script.chrome;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sockets of one {@code chrome.sockets.*} namespace: ids from 1 upwards, never reused, not
 * shared with chrome.socket or the other namespaces (contract §10). Event-loop thread only.
 */
final class SocketTable {

    private final Map<Integer, SuccessorSocket> sockets = new TreeMap<>();
    private int nextId = 1;

    SuccessorSocket add(int engineId) {
        SuccessorSocket socket = new SuccessorSocket(nextId++, engineId);
        sockets.put(socket.id, socket);
        return socket;
    }

    /** The socket, or null when there is none with that id. */
    SuccessorSocket get(int id) {
        return sockets.get(id);
    }

    void remove(SuccessorSocket socket) {
        sockets.remove(socket.id);
        socket.closed = true;
        socket.generation++;
    }

    List<SuccessorSocket> all() {
        return List.copyOf(sockets.values());
    }
}
