package org.socketworkbench.sockets;

import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketState;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SocketStatusTest {

    @Test
    void aConnectionWhosePeerFinishedSaysSo() {
        assertEquals("peer closed its side", SocketStatus.of(SocketState.PEER_CLOSED, 0).label());
        assertEquals(SocketStatus.CLOSED, SocketStatus.of(SocketState.DISCONNECTED, 0), "Chrome's FIN: closed");
    }
}
