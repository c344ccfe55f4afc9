package org.socketworkbench.ui.composer;

import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.sockets.SendRequest;
import org.socketworkbench.sockets.SocketRole;
import org.socketworkbench.sockets.SocketRow;
import org.socketworkbench.sockets.SocketStatus;
import org.socketworkbench.traffic.CapturedPayload;

import java.util.Optional;

/**
 * How a captured payload is sent again on a socket: written on a TCP connection or a connected
 * UDP socket; sent with sendTo from an unconnected UDP socket, to the peer the payload came from
 * or went to.
 */
final class SendAgain {

    private SendAgain() {
    }

    /** Whether the socket can send now: a connected TCP connection, or a bound or connected UDP socket. */
    static boolean canSend(SocketRow row) {
        if (row.kind() == SocketKind.UDP) {
            return row.status() == SocketStatus.BOUND || row.status() == SocketStatus.CONNECTED;
        }
        return row.role() != SocketRole.TCP_SERVER
                && (row.status() == SocketStatus.CONNECTED || row.status() == SocketStatus.SECURED);
    }

    /** The send, or empty when an unconnected UDP socket has no peer to send to. */
    static Optional<SendRequest> request(CapturedPayload payload, SocketRow target) {
        byte[] bytes = payload.payload();
        if (target.kind() == SocketKind.TCP || !target.peer().isEmpty()) {
            return Optional.of(new SendRequest(target.id(), bytes, null, 0, 1, 0));
        }
        if (payload.flow().peerAddress().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SendRequest(target.id(), bytes, payload.flow().peerAddress(), payload.flow().peerPort(),
                1, 0));
    }
}
