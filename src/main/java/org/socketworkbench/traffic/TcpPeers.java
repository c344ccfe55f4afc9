package org.socketworkbench.traffic;

import org.socketworkbench.engine.SocketKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which TCP sockets of an export are the two ends of one connection: both ends of a loopback
 * connection (a client and the socket its server accepted, or a relay's leg and the workbench's
 * own client) are in the capture when the workbench runs both. Two sockets pair up when one's
 * local address and port are the other's peer; a later socket reusing the same addresses and
 * ports is the next instance of its orientation and pairs with the next instance of the mirror
 * orientation. Made from every payload before the first packet is written.
 */
final class TcpPeers {

    /** The endpoints of a socket as it sees them. */
    private record Orientation(String local, int localPort, String peer, int peerPort) {
        Orientation mirror() {
            return new Orientation(peer, peerPort, local, localPort);
        }
    }

    private final Map<Integer, Orientation> orientationOfSocket = new HashMap<>();
    private final Map<Orientation, List<Integer>> socketsOfOrientation = new HashMap<>();
    private final Map<Integer, Integer> instanceOfSocket = new HashMap<>();

    TcpPeers(Iterable<CapturedPayload> payloads) {
        for (CapturedPayload payload : payloads) {
            TrafficFlow flow = payload.flow();
            if (flow.kind() == SocketKind.TCP && !orientationOfSocket.containsKey(flow.socketId())) {
                Orientation orientation = new Orientation(flow.localAddress(), flow.localPort(), flow.peerAddress(),
                        flow.peerPort());
                orientationOfSocket.put(flow.socketId(), orientation);
                List<Integer> same = socketsOfOrientation.computeIfAbsent(orientation, o -> new ArrayList<>());
                instanceOfSocket.put(flow.socketId(), same.size());
                same.add(flow.socketId());
            }
        }
    }

    /** 0 for the first socket with these addresses and ports (as it sees them), 1 for the next, ... */
    int instanceOf(int socketId) {
        return instanceOfSocket.getOrDefault(socketId, 0);
    }

    /** The socket at the other end of {@code socketId}'s connection, or -1 when that end is not in the export. */
    int partnerOf(int socketId) {
        Orientation orientation = orientationOfSocket.get(socketId);
        if (orientation == null || orientation.local().isEmpty() || orientation.peer().isEmpty()
                || orientation.localPort() == 0 || orientation.peerPort() == 0) {
            return -1;
        }
        List<Integer> mirrors = socketsOfOrientation.get(orientation.mirror());
        int instance = instanceOf(socketId);
        return mirrors == null || instance >= mirrors.size() ? -1 : mirrors.get(instance);
    }
}
