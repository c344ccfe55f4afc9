package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The setReceiveBufferSize extension: before bind only, positive sizes only, UDP only. */
class ReceiveBufferSizeTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void isAcceptedBeforeBindAndTheSocketStillReceives() {
        int id = sync.create("udp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setReceiveBufferSize(id, 4 << 20, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.bind(id, "127.0.0.1", 0, cb)));
        int port = sync.value((Callback<SocketInfo> cb) -> engine.getInfo(id, cb)).localPort();
        int[] sender = sync.boundUdp();
        byte[] data = {7};
        assertEquals(1, sync.value((Callback<WriteInfo> cb) -> engine.sendTo(sender[0], data, "127.0.0.1", port, cb)).bytesWritten());
        assertEquals(1, sync.value((Callback<RecvFromInfo> cb) -> engine.recvFrom(id, null, cb)).resultCode());
    }

    @Test
    void afterBindItIsSocketIsConnected() {
        int[] bound = sync.boundUdp();
        Sync.Result<Integer> result = sync.call(cb -> engine.setReceiveBufferSize(bound[0], 65536, cb));
        assertEquals(NetError.SOCKET_IS_CONNECTED.code(), result.value());
        assertEquals("net::ERR_SOCKET_IS_CONNECTED", result.error());
    }

    @Test
    void aSizeOfZeroIsInvalidAndTcpAndUnknownSocketsAreRefused() {
        int udp = sync.create("udp");
        assertEquals(NetError.INVALID_ARGUMENT.code(), sync.value((Callback<Integer> cb) -> engine.setReceiveBufferSize(udp, 0, cb)));
        int tcp = sync.create("tcp");
        assertEquals(-1, sync.value((Callback<Integer> cb) -> engine.setReceiveBufferSize(tcp, 65536, cb)));
        assertEquals(-1, sync.value((Callback<Integer> cb) -> engine.setReceiveBufferSize(9999, 65536, cb)));
    }
}
