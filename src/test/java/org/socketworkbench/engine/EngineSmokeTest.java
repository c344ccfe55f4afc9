package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** End-to-end paths through the engine on loopback: the everyday uses of chrome.socket. */
class EngineSmokeTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void tcpClientAndAcceptedConnectionExchangeBytesBothWays() {
        int[] pair = sync.connectedPair();
        byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
        assertEquals(5, sync.value((Callback<WriteInfo> cb) -> engine.write(pair[1], hello, cb)).bytesWritten());
        assertArrayEquals(hello, sync.readExactly(pair[2], 5));
        byte[] reply = "world!".getBytes(StandardCharsets.UTF_8);
        assertEquals(6, sync.value((Callback<WriteInfo> cb) -> engine.write(pair[2], reply, cb)).bytesWritten());
        assertArrayEquals(reply, sync.readExactly(pair[1], 6));

        SocketInfo client = sync.value((Callback<SocketInfo> cb) -> engine.getInfo(pair[1], cb));
        SocketInfo accepted = sync.value((Callback<SocketInfo> cb) -> engine.getInfo(pair[2], cb));
        assertEquals(new SocketInfo("tcp", true, "127.0.0.1", accepted.localPort(), "127.0.0.1", client.localPort()), client);
        assertEquals(client.localPort(), accepted.peerPort());
    }

    @Test
    void peerCloseGivesZeroThenMinus15AndGetInfoTurnsFalse() {
        int[] pair = sync.connectedPair();
        engine.destroy(pair[2]);
        assertEquals(0, sync.value((Callback<ReadInfo> cb) -> engine.read(pair[1], null, cb)).resultCode());
        assertEquals(-15, sync.value((Callback<ReadInfo> cb) -> engine.read(pair[1], null, cb)).resultCode());
        assertFalse(sync.value((Callback<SocketInfo> cb) -> engine.getInfo(pair[1], cb)).connected());
    }

    @Test
    void udpSendToAndRecvFrom() {
        int[] a = sync.boundUdp();
        int[] b = sync.boundUdp();
        byte[] data = {1, 2, 3};
        assertEquals(3, sync.value((Callback<WriteInfo> cb) -> engine.sendTo(a[0], data, "127.0.0.1", b[1], cb)).bytesWritten());
        RecvFromInfo info = sync.value((Callback<RecvFromInfo> cb) -> engine.recvFrom(b[0], null, cb));
        assertEquals(new RecvFromInfo(3, data, "127.0.0.1", a[1]), info);
    }

    @Test
    void connectToAClosedPortIsRefusedWithoutLastError() {
        int[] server = sync.listeningServer();
        engine.destroy(server[0]);
        int client = sync.create("tcp");
        Sync.Result<Integer> result = sync.call(cb -> engine.connect(client, "127.0.0.1", server[1], cb));
        assertEquals(-102, result.value());
        assertTrue(result.lastError().isEmpty());
        assertFalse(result.onCallingThread());
    }

    @Test
    void unknownSocketAnswersWithChromesShapes() {
        Sync.Result<ReadInfo> read = sync.call(cb -> engine.read(999, null, cb));
        assertEquals(-1, read.value().resultCode());
        assertEquals("Socket not found", read.error());
        Sync.Result<SocketInfo> info = sync.call(cb -> engine.getInfo(999, cb));
        assertEquals(null, info.value());
        assertEquals("Socket not found", info.error());
        assertTrue(engine.lastError().isEmpty(), "lastError only inside the callback");
    }
}
