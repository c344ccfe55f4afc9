package org.socketworkbench.relay;

import org.socketworkbench.i18n.Texts;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.ServerIdentity;
import org.socketworkbench.certificates.ServerTlsSetup;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.EngineObserver;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.TLSVersionConstraints;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.engine.tls.Openssl;
import org.socketworkbench.engine.tls.OpensslServer;
import org.socketworkbench.testing.Commands;
import org.socketworkbench.testing.Eventually;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * openssl s_client ↔ relay (terminating TLS with a self-signed certificate, originating TLS
 * pinned to the server's) ↔ openssl s_server -rev: the line crosses both ways, and the traffic
 * tap sees it as plain text in both directions on both legs.
 */
class RelayTlsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String LINE = "GET /through-the-tls-relay";
    private static final String REVERSED = new StringBuilder(LINE).reverse().toString();

    private final SocketEngine engine = SocketEngine.builder().build();
    private final List<TrafficEvent> events = new CopyOnWriteArrayList<>();
    private Path[] serverCertificate;
    private Relay relay;

    @BeforeEach
    void certificates(@TempDir Path dir) throws IOException {
        Assumptions.assumeTrue(Openssl.installed(), "openssl is not installed (Debian package openssl)");
        serverCertificate = Openssl.selfSigned(dir, "server", "localhost");
        engine.addObserver(new EngineObserver() {
            @Override
            public void traffic(TrafficEvent event) {
                events.add(event);
            }
        });
    }

    @AfterEach
    void close() {
        if (relay != null) {
            relay.close();
        }
        engine.close();
    }

    private static TlsServerOptions selfSignedListen() throws Exception {
        return ServerTlsSetup.options(SelfSignedCertificates.generate(List.of("localhost")),
                TlsServerOptions.ClientAuth.NONE, null, List.of());
    }

    private void start(int targetPort, RelayTls tls) throws Exception {
        relay = Relay.create(engine, new RelayEndpoints(RelayProtocol.TCP, "127.0.0.1", 0, "127.0.0.1", targetPort),
                RelaySettings.none(), tls, RelayListener.NONE);
        assertEquals(0, relay.start().get(10, TimeUnit.SECONDS));
    }

    private Conversation endedConversation() {
        Eventually.await(WAIT, () -> relay.conversations().size() == 1
                        && relay.conversations().getFirst().state() == Conversation.State.CLOSED,
                () -> relay.conversations().toString());
        return relay.conversations().getFirst();
    }

    /** What the tap saw crossing the relay in one direction, per leg (client leg first). */
    private List<String> seen(RelayDirection direction) {
        return events.stream().filter(event -> relay.classify(event).map(hop -> hop.direction() == direction)
                        .orElse(false))
                .collect(Collectors.groupingBy(TrafficEvent::socketId, java.util.TreeMap::new,
                        Collectors.mapping(event -> new String(event.payload(), StandardCharsets.UTF_8),
                                Collectors.joining())))
                .values().stream().toList();
    }

    @Test
    void aTlsConversationCrossesAsPlainText(@TempDir Path dir) throws Exception {
        String pin = Openssl.fingerprint(serverCertificate[0]);
        try (OpensslServer server = OpensslServer.start(serverCertificate[0], serverCertificate[1], 0)) {
            start(server.port(), new RelayTls(selfSignedListen(), true, Set.of(pin)));
            // s_server -rev answers each line reversed and ends the connection on CLOSE
            Commands.Result client = Openssl.sClient(relay.listenPort(), LINE + "\nCLOSE\n", dir);
            assertTrue(client.output().contains(REVERSED), client.output());
            assertTrue(client.output().contains("Socket Workbench (self-signed)"),
                    "s_client saw the relay's certificate:\n" + client.output());
        }
        Conversation conversation = endedConversation();
        assertEquals(0, conversation.resultCode(), conversation.reason());
        Eventually.await(WAIT, () -> seen(RelayDirection.SERVER_TO_CLIENT).size() == 2
                && seen(RelayDirection.SERVER_TO_CLIENT).stream().allMatch(text -> text.contains(REVERSED)),
                () -> seen(RelayDirection.SERVER_TO_CLIENT).toString());
        List<String> toServer = seen(RelayDirection.CLIENT_TO_SERVER);
        assertEquals(2, toServer.size(), toServer.toString());
        for (String leg : toServer) {
            assertTrue(leg.startsWith(LINE + "\n"), "plain text on both legs: " + toServer);
        }
    }

    @Test
    void anUnpinnedSelfSignedTargetClosesTheClientWithTheCertificateCode(@TempDir Path dir) throws Exception {
        try (OpensslServer server = OpensslServer.start(serverCertificate[0], serverCertificate[1], 0)) {
            start(server.port(), new RelayTls(null, true, Set.of()));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort())) {
                client.setSoTimeout((int) WAIT.toMillis());
                assertEquals(-1, client.getInputStream().read(), "a clean close (FIN)");
            }
        }
        Conversation conversation = endedConversation();
        assertEquals(NetError.CERT_AUTHORITY_INVALID.code(), conversation.resultCode(), conversation.reason());
        assertTrue(conversation.reason().startsWith(Texts.get(RelayMessages.TLS_TO_TARGET)), conversation.reason());
    }

    @Test
    void aClientThatSpeaksNoTlsFailsItsHandshakeAndTheTargetIsClosedCleanly() throws Exception {
        try (java.net.ServerSocket target = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            start(target.getLocalPort(), new RelayTls(selfSignedListen(), false, Set.of()));
            try (Socket client = new Socket(InetAddress.getLoopbackAddress(), relay.listenPort());
                 Socket peer = target.accept()) {
                peer.setSoTimeout((int) WAIT.toMillis());
                client.getOutputStream().write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                InputStream in = peer.getInputStream();
                assertEquals(-1, in.read(), "the target sees nothing of the failed handshake and a FIN");
            }
        }
        Conversation conversation = endedConversation();
        assertEquals(NetError.SSL_PROTOCOL_ERROR.code(), conversation.resultCode(), conversation.reason());
        assertTrue(conversation.reason().startsWith(Texts.get(RelayMessages.TLS_FROM_CLIENT)), conversation.reason());
    }

    /** The same through {@code socket-workbench relay tcp ... --tls-listen-self-signed --tls-target --trust-pin}. */
    @Test
    void theCommandRelaysTlsBothWays(@TempDir Path dir) throws Exception {
        String pin = Openssl.fingerprint(serverCertificate[0]);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int port;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        try (OpensslServer server = OpensslServer.start(serverCertificate[0], serverCertificate[1], 0)) {
            java.util.concurrent.CompletableFuture<Integer> exit = new java.util.concurrent.CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> exit.complete(org.socketworkbench.cli.CommandLines.execute(
                    new RelayCommand(), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
                    List.of("tcp", Integer.toString(port), "127.0.0.1", Integer.toString(server.port()),
                            "--tls-listen-self-signed", "localhost,127.0.0.1", "--tls-target",
                            "--trust-pin", pin.toLowerCase(java.util.Locale.ROOT), "--connections", "1"))));
            Eventually.await(WAIT, () -> out.toString(StandardCharsets.UTF_8).contains("relay tcp"),
                    () -> out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
            Commands.Result client = Openssl.sClient(port, LINE + "\nCLOSE\n", dir);
            assertTrue(client.output().contains(REVERSED), client.output());
            assertEquals(0, exit.get(30, TimeUnit.SECONDS), out.toString(StandardCharsets.UTF_8)
                    + err.toString(StandardCharsets.UTF_8));
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(Texts.get(RelayMessages.CLIENT_CLOSED)),
                "s_server's close_notify crossed as a half-close (TLS 1.3): " + out.toString(StandardCharsets.UTF_8));
    }

    /**
     * The workbench's sockets on both ends: the client sends its request, then close_notify and
     * FIN; the server (TLS or plain) reads to the end and only then answers. TLS 1.3 half-closes,
     * so the client's close crosses as close_notify and FIN (or a plain FIN) and the answer crosses
     * back after it; a TLS 1.2 client leg cannot, and the conversation closes cleanly (FIN)
     * instead of with a reset.
     */
    @ParameterizedTest(name = "client leg {0}, TLS to the target {1}")
    @CsvSource({"tls1.3, true, true", "tls1.3, false, true", "tls1.2, true, false", "tls1.2, false, false"})
    void aTlsHalfCloseCrossesTheRelayAndTheOtherDirectionGoesOn(String clientMax, boolean tlsToTarget,
            boolean halfCloses) throws Exception {
        Sync sync = new Sync(engine);
        ServerIdentity target = SelfSignedCertificates.generate(List.of("localhost"));
        ServerIdentity relayIdentity = SelfSignedCertificates.generate(List.of("localhost"));
        TlsServerOptions targetTls = ServerTlsSetup.options(target, TlsServerOptions.ClientAuth.NONE, null, List.of());
        int server = sync.create("tcp");
        if (tlsToTarget) {
            assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setServerTls(server, targetTls, cb)));
        }
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setKeepWriteOpenOnPeerClose(server, true, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.listen(server, "127.0.0.1", 0, 5, cb)));
        int serverPort = sync.value((Callback<SocketInfo> cb) -> engine.getInfo(server, cb)).localPort();
        start(serverPort, new RelayTls(ServerTlsSetup.options(relayIdentity, TlsServerOptions.ClientAuth.NONE, null,
                List.of()), tlsToTarget, tlsToTarget ? Set.of(target.fingerprint()) : Set.of()));
        CompletableFuture<AcceptInfo> accepted = new CompletableFuture<>();
        engine.accept(server, accepted::complete);

        int client = sync.create("tcp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setKeepWriteOpenOnPeerClose(client, true, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.connect(client, "localhost", relay.listenPort(), cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.secure(client,
                new SecureOptions(new TLSVersionConstraints(null, clientMax)),
                TlsClientOptions.pinned(Set.of(relayIdentity.fingerprint())), cb)));
        byte[] request = LINE.getBytes(StandardCharsets.US_ASCII);
        assertEquals(request.length, sync.value((Callback<WriteInfo> cb) -> engine.write(client, request, cb)).bytesWritten());
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.shutdownOutput(client, cb)), "close_notify, FIN");

        int peer = accepted.get(30, TimeUnit.SECONDS).socketId();
        assertEquals(LINE, new String(readToTheEnd(sync, peer), StandardCharsets.US_ASCII), "the request, then its end");
        byte[] answer = REVERSED.getBytes(StandardCharsets.US_ASCII);
        assertEquals(answer.length, sync.value((Callback<WriteInfo> cb) -> engine.write(peer, answer, cb)).bytesWritten(),
                "the server still writes after the client's close_notify");
        engine.shutdownOutput(peer, code -> { });

        Conversation conversation = endedConversation();
        assertEquals(0, conversation.resultCode(), conversation.reason());
        if (halfCloses) {
            assertEquals(REVERSED, new String(readToTheEnd(sync, client), StandardCharsets.US_ASCII),
                    "the answer crossed back after the client's half-close");
            assertEquals(Texts.get(RelayMessages.CLIENT_CLOSED), conversation.reason());
        } else {
            assertEquals(Texts.get(RelayMessages.TLS_NO_HALF_CLOSE), conversation.reason(), "a clean close, not a reset");
        }
    }

    /**
     * Both legs TLS, target and relay accepting h2 and http/1.1: the client offers only http/1.1,
     * the relay offers the target what the client chose, and the row's details show each leg's
     * protocol, cipher suite, ALPN and the target certificate's fingerprint. With a plain client
     * leg the target is offered the relay's own list (h2 first).
     */
    @ParameterizedTest(name = "TLS from the client {0}")
    @CsvSource({"true, http/1.1", "false, h2"})
    void eachTlsLegShowsWhatItNegotiatedAndTheClientsAlpnCrosses(boolean tlsFromClient, String targetAlpn)
            throws Exception {
        Sync sync = new Sync(engine);
        List<String> both = List.of("h2", "http/1.1");
        ServerIdentity target = SelfSignedCertificates.generate(List.of("localhost"));
        ServerIdentity relayIdentity = SelfSignedCertificates.generate(List.of("localhost"));
        TlsServerOptions targetTls = ServerTlsSetup.options(target, TlsServerOptions.ClientAuth.NONE, null, both);
        int server = sync.create("tcp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.setServerTls(server, targetTls, cb)));
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.listen(server, "127.0.0.1", 0, 5, cb)));
        int serverPort = sync.value((Callback<SocketInfo> cb) -> engine.getInfo(server, cb)).localPort();
        start(serverPort, new RelayTls(tlsFromClient ? ServerTlsSetup.options(relayIdentity,
                TlsServerOptions.ClientAuth.NONE, null, both) : null, true, Set.of(target.fingerprint()), both));
        CompletableFuture<AcceptInfo> accepted = new CompletableFuture<>();
        engine.accept(server, accepted::complete);

        int client = sync.create("tcp");
        assertEquals(0, sync.value((Callback<Integer> cb) -> engine.connect(client, "localhost", relay.listenPort(), cb)));
        if (tlsFromClient) {
            assertEquals(0, sync.value((Callback<Integer> cb) -> engine.secure(client, null,
                    new TlsClientOptions(List.of("http/1.1"), null, Set.of(relayIdentity.fingerprint())), cb)));
            assertEquals("http/1.1", sync.value((Callback<org.socketworkbench.engine.TlsInfo> cb) ->
                    engine.getTlsInfo(client, cb)).alpn());
        }
        int peer = accepted.get(30, TimeUnit.SECONDS).socketId();
        Eventually.await(WAIT, () -> relay.conversations().size() == 1
                        && relay.conversations().getFirst().targetTls() != null
                        && (!tlsFromClient || relay.conversations().getFirst().clientTls() != null),
                () -> relay.conversations().toString());
        Conversation conversation = relay.conversations().getFirst();
        LegTls toTarget = conversation.targetTls();
        assertEquals(targetAlpn, toTarget.alpn(), "what the relay offered the target");
        // the target's own handshake ends on its side a moment after the relay's secure() returned
        Eventually.await(WAIT, () -> sync.value((Callback<org.socketworkbench.engine.TlsInfo> cb) ->
                engine.getTlsInfo(peer, cb)) != null, () -> "the target's TLS details");
        assertEquals(targetAlpn, sync.value((Callback<org.socketworkbench.engine.TlsInfo> cb) ->
                engine.getTlsInfo(peer, cb)).alpn(), "the target agreed on the same");
        assertEquals(TlsClientOptions.normalizeFingerprint(target.fingerprint()), toTarget.peerSha256());
        assertEquals("TLSv1.3", toTarget.protocol());
        assertTrue(toTarget.cipherSuite().startsWith("TLS_"), toTarget.cipherSuite());
        if (tlsFromClient) {
            LegTls fromClient = conversation.clientTls();
            assertEquals("http/1.1", fromClient.alpn());
            assertEquals(null, fromClient.peerSha256(), "the client showed no certificate");
        } else {
            assertEquals(null, conversation.clientTls(), "a plain client leg");
        }
    }

    /** Reads until the peer's end of stream (0); a read error ends it too and fails the test. */
    private byte[] readToTheEnd(Sync sync, int socketId) {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        while (true) {
            ReadInfo read = sync.value((Callback<ReadInfo> cb) -> engine.read(socketId, 65536, cb));
            if (read.resultCode() == 0) {
                return all.toByteArray();
            }
            assertTrue(read.resultCode() > 0, "read " + read.resultCode() + " after " + all);
            all.writeBytes(read.data());
        }
    }

    @Test
    void udpHasNoTls() {
        assertThrows(IllegalArgumentException.class, () -> Relay.create(engine,
                new RelayEndpoints(RelayProtocol.UDP, "127.0.0.1", 0, "127.0.0.1", 9), RelaySettings.none(),
                new RelayTls(null, true, Set.of()), RelayListener.NONE));
    }
}
