package org.socketworkbench.engine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The FIN and RST extensions the relay forwards with (src/docs/java-api.md, "Extensions"):
 * shutdownOutput after writing past the peer's FIN (setKeepWriteOpenOnPeerClose), and destroy
 * with RST. The peer is a plain java.net socket.
 */
class HalfCloseExtensionTest {

    private final SocketEngine engine = SocketEngine.builder().build();
    private final Sync sync = new Sync(engine);

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void afterThePeersFinTheSocketStillWritesWhenAsked() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int id = connectedTo(server);
            try (Socket peer = server.accept()) {
                assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setKeepWriteOpenOnPeerClose(id, true, cb)));
                peer.shutdownOutput();
                assertEquals(0, sync.value((Callback<ReadInfo> cb) -> engine.read(id, null, cb)).resultCode());
                assertEquals(SocketState.PEER_CLOSED, stateOf(id));
                assertEquals(-15, sync.value((Callback<ReadInfo> cb) -> engine.read(id, null, cb)).resultCode());
                byte[] reply = "after FIN".getBytes(StandardCharsets.US_ASCII);
                assertEquals(reply.length, sync.value((Callback<WriteInfo> cb) -> engine.write(id, reply, cb))
                        .bytesWritten());
                assertEquals(0, sync.value((Callback<Integer> cb) -> engine.shutdownOutput(id, cb)));
                assertArrayEquals(reply, peer.getInputStream().readAllBytes(), "the bytes, then FIN");
            }
        }
    }

    @Test
    void withoutTheExtensionFinStillEndsTheConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int id = connectedTo(server);
            try (Socket peer = server.accept()) {
                peer.shutdownOutput();
                assertEquals(0, sync.value((Callback<ReadInfo> cb) -> engine.read(id, null, cb)).resultCode());
                assertEquals(SocketState.DISCONNECTED, stateOf(id));
                assertEquals(-15, sync.value((Callback<WriteInfo> cb) -> engine.write(id, new byte[1], cb))
                        .bytesWritten());
            }
        }
    }

    @Test
    void shutdownOutputSendsFinAndReadsGoOn() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int id = connectedTo(server);
            try (Socket peer = server.accept()) {
                assertEquals(0, sync.value((Callback<Integer> cb) -> engine.shutdownOutput(id, cb)));
                assertEquals(-1, peer.getInputStream().read(), "FIN");
                peer.getOutputStream().write(7);
                ReadInfo read = sync.value((Callback<ReadInfo> cb) -> engine.read(id, null, cb));
                assertArrayEquals(new byte[] {7}, read.data());
            }
        }
        int fresh = sync.create("tcp");
        assertEquals(-15, sync.value((Callback<Integer> cb) -> engine.shutdownOutput(fresh, cb)));
    }

    @Test
    void resetSendsRst() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int id = connectedTo(server);
            try (Socket peer = server.accept()) {
                engine.reset(id);
                InputStream in = peer.getInputStream();
                SocketException reset = assertThrows(SocketException.class, in::read);
                assertEquals("Connection reset", reset.getMessage());
            }
        }
    }

    private int connectedTo(ServerSocket server) {
        int id = sync.create("tcp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.connect(id, "127.0.0.1", server.getLocalPort(), cb)));
        return id;
    }

    private SocketState stateOf(int id) {
        return engine.sockets().stream().filter(s -> s.socketId() == id).findFirst().orElseThrow().state();
    }
}
