package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The TCP relay between real loopback sockets: bytes, FIN, RST and a refusing target cross it as they should. */
class TcpRelayTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final SocketEngine engine = SocketEngine.builder().build();
    private Relay relay;

    @AfterEach
    void close() {
        if (relay != null) {
            relay.close();
        }
        engine.close();
    }

    private Relay start(int targetPort, RelaySettings settings) throws Exception {
        relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1", targetPort),
                settings, RelayListener.NONE);
        assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
        return relay;
    }

    private Socket client() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort());
        socket.setSoTimeout((int) WAIT.toMillis());
        return socket;
    }

    private Conversation onlyConversation() {
        Eventually.await(WAIT, () -> relay.conversations().size() == 1, () -> relay.conversations().toString());
        return relay.conversations().getFirst();
    }

    @Test
    void twoHundredMegabytesArriveByteForByte() throws Exception {
        long total = 200L * 1024 * 1024;
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), RelaySettings.none());
            CompletableFuture<String> received = CompletableFuture.supplyAsync(() -> {
                try (Socket peer = server.accept(); InputStream in = peer.getInputStream()) {
                    MessageDigest sha = sha256();
                    byte[] buffer = new byte[64 * 1024];
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, n);
                    }
                    return HexFormat.of().formatHex(sha.digest());
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            MessageDigest sent = sha256();
            try (Socket client = client(); OutputStream out = client.getOutputStream()) {
                byte[] block = new byte[64 * 1024];
                Random random = new Random(14);
                for (long done = 0; done < total; done += block.length) {
                    random.nextBytes(block);
                    sent.update(block);
                    out.write(block);
                }
                client.shutdownOutput();
                assertEquals(HexFormat.of().formatHex(sent.digest()), received.get(120, TimeUnit.SECONDS));
                assertEquals(-1, client.getInputStream().read(), "the server's FIN crossed back");
            }
            Conversation conversation = onlyConversation();
            Eventually.await(WAIT, () -> conversation.state() == Conversation.State.CLOSED, conversation::reason);
            assertEquals(total, conversation.stats(RelayDirection.CLIENT_TO_SERVER).bytesIn());
            assertEquals(total, conversation.stats(RelayDirection.CLIENT_TO_SERVER).bytesOut());
            assertEquals(0, conversation.stats(RelayDirection.SERVER_TO_CLIENT).bytesOut());
            assertEquals(0, conversation.resultCode());
        }
    }

    @Test
    void aHalfCloseCrossesTheRelayAndTheOtherDirectionGoesOn() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), RelaySettings.none());
            CompletableFuture<byte[]> heard = CompletableFuture.supplyAsync(() -> {
                try (Socket peer = server.accept()) {
                    byte[] request = peer.getInputStream().readAllBytes();
                    peer.getOutputStream().write("bye after your FIN".getBytes(StandardCharsets.US_ASCII));
                    return request;
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            try (Socket client = client()) {
                client.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));
                client.shutdownOutput();
                assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), heard.get(30, TimeUnit.SECONDS),
                        "the server saw the bytes, then FIN");
                assertEquals("bye after your FIN",
                        new String(client.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
            }
            Conversation conversation = onlyConversation();
            Eventually.await(WAIT, () -> conversation.state() == Conversation.State.CLOSED, conversation::reason);
            assertEquals(Texts.get(RelayMessages.CLIENT_CLOSED), conversation.reason());
            assertEquals(relay.listenSocketId(), relay.parentOf(conversation.serverSocketId()), "under the relay");
            assertEquals(-1, relay.parentOf(conversation.clientSocketId()), "the engine already nests it");
        }
    }

    @Test
    void aResetCrossesTheRelayAsAReset() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), RelaySettings.none());
            try (Socket client = client(); Socket peer = server.accept()) {
                client.getOutputStream().write(1);
                assertEquals(1, peer.getInputStream().read());
                peer.setSoLinger(true, 0);
                peer.close();
                SocketException reset = assertThrows(SocketException.class, () -> client.getInputStream().read());
                assertEquals("Connection reset", reset.getMessage());
            }
            Conversation conversation = onlyConversation();
            Eventually.await(WAIT, () -> conversation.state() == Conversation.State.CLOSED, conversation::reason);
            assertEquals(-101, conversation.resultCode());
            assertEquals(Texts.get(RelayMessages.SERVER_RESET), conversation.reason());
        }
    }

    @Test
    void aTargetThatRefusesGivesTheClientACleanCloseAndTheRowSaysMinus102() throws Exception {
        int closedPort;
        try (ServerSocket gone = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = gone.getLocalPort();
        }
        start(closedPort, RelaySettings.none());
        try (Socket client = client()) {
            assertEquals(-1, client.getInputStream().read(), "FIN, not RST");
        }
        Conversation conversation = onlyConversation();
        Eventually.await(WAIT, () -> conversation.state() == Conversation.State.CLOSED, conversation::reason);
        assertEquals(-102, conversation.resultCode());
        assertEquals("connecting to the target failed: -102 ERR_CONNECTION_REFUSED", conversation.reason()
                .substring(0, "connecting to the target failed: -102 ERR_CONNECTION_REFUSED".length()));
    }

    @Test
    void closeAfterBytesForwardsExactlyThatManyThenEnds() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(server.getLocalPort(), new RelaySettings(Impairments.builder().closeAfterBytes(10).build(),
                    Impairments.NONE, 1));
            try (Socket client = client()) {
                client.getOutputStream().write("0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
                try (Socket peer = server.accept()) {
                    peer.setSoTimeout((int) WAIT.toMillis());
                    assertEquals("0123456789", new String(peer.getInputStream().readAllBytes(), StandardCharsets.US_ASCII));
                }
            }
            Conversation conversation = onlyConversation();
            Eventually.await(WAIT, () -> conversation.state() == Conversation.State.CLOSED, conversation::reason);
            assertEquals(Texts.get(RelayMessages.CLOSE_AFTER_BYTES), conversation.reason());
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
