package org.socketworkbench.engine.tls;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.tls.ServerTls.ClientAuth;
import org.socketworkbench.engine.tls.TestCertificates.ServerCertificate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * secure() that fails (contract §5.21, §9): certificate problems, version and client
 * certificate negotiation, peers that do not speak TLS, each with Chrome's code and
 * {@code net::} text, after which the socket id is gone. Precondition failures (steps 1-3)
 * leave the socket alone.
 */
class SecureFailureTest {

    private final TlsClient client = new TlsClient();

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    @ParameterizedTest(name = "{0} on {2}, connect(\"{1}\") gives {3}")
    @CsvSource({
            "SELF_SIGNED, localhost, 127.0.0.1, CERT_AUTHORITY_INVALID",
            "WRONG_HOST, localhost, 127.0.0.1, CERT_COMMON_NAME_INVALID",
            "WRONG_HOST, 127.0.0.1, 127.0.0.1, CERT_COMMON_NAME_INVALID",
            "TRUSTED, 127.0.0.2, 127.0.0.2, CERT_COMMON_NAME_INVALID",
            "EXPIRED, localhost, 127.0.0.1, CERT_DATE_INVALID",
            "NOT_YET_VALID, localhost, 127.0.0.1, CERT_DATE_INVALID"})
    void certificateProblemsHaveChromesCodes(ServerCertificate certificate, String host, String serverAddress,
                                             NetError expected) {
        TlsTestServer server = client.serve(serverAddress, Conversations.echo(ServerTls.presenting(certificate)));
        int id = client.connect(host, server);

        client.assertSecureFails(id, null, expected);
    }

    @Test
    void theDefaultEngineTrustsThePlatformStoreOnlyNeverAll() throws IOException {
        try (TlsClient platform = TlsClient.withPlatformTrust()) {
            TlsTestServer server = platform.serve(Conversations.echo(ServerTls.presenting(ServerCertificate.TRUSTED)));
            int id = platform.connect("localhost", server);

            platform.assertSecureFails(id, null, NetError.CERT_AUTHORITY_INVALID);
        }
    }

    @ParameterizedTest(name = "server {0}, client min={1} max={2}")
    @CsvSource({"TLSv1.3, , tls1.2", "TLSv1.2, tls1.3, "})
    void noCommonVersionIsAVersionMismatch(String serverVersion, String min, String max) {
        TlsTestServer server = client.serve(Conversations.echo(
                ServerTls.presenting(ServerCertificate.TRUSTED).onlyProtocols(serverVersion)));
        int id = client.connect("localhost", server);

        client.assertSecureFails(id, TlsClient.versions(min, max), NetError.SSL_VERSION_OR_CIPHER_MISMATCH);
    }

    @Test
    void minAboveMaxEnablesNoVersion() {
        TlsTestServer server = client.serve(Conversations.silent());
        int id = client.connect("localhost", server);

        client.assertSecureFails(id, TlsClient.versions("tls1.3", "tls1.2"), NetError.NO_SSL_VERSIONS_ENABLED);
    }

    /**
     * Chrome stops as soon as a server asks for a client certificate, whether it insists or not,
     * because chrome.socket has none to give (the field saw {@code net::ERR_SSL_CLIENT_AUTH_CERT_NEEDED}).
     */
    @ParameterizedTest(name = "{0} client certificate over {1}")
    @CsvSource({"NEEDED, TLSv1.3", "NEEDED, TLSv1.2", "WANTED, TLSv1.3", "WANTED, TLSv1.2"})
    void aServerAskingForAClientCertificateIsClientAuthCertNeeded(ClientAuth auth, String version) {
        TlsTestServer server = client.serve(Conversations.echo(
                ServerTls.presenting(ServerCertificate.TRUSTED).onlyProtocols(version).asking(auth)));
        int id = client.connect("localhost", server);

        client.assertSecureFails(id, null, NetError.SSL_CLIENT_AUTH_CERT_NEEDED);
    }

    @Test
    void aPeerThatDoesNotSpeakTlsIsAProtocolError() {
        TlsTestServer server = client.serve(Conversations.garbage());
        int id = client.connect("localhost", server);

        client.assertSecureFails(id, null, NetError.SSL_PROTOCOL_ERROR);
    }

    @Test
    void aPeerThatHangsUpDuringTheHandshakeIsConnectionClosed() {
        TlsTestServer server = client.serve(Conversations.hangUpOnClientHello());
        int id = client.connect("localhost", server);

        client.assertSecureFails(id, null, NetError.CONNECTION_CLOSED);
    }

    /**
     * A banner the app did not read is still in front of the server's TLS records, whether the
     * liveness probe already took it out of the kernel or not: Chrome's TLS layer reads it as a
     * broken record.
     */
    @Test
    void unreadBytesFromTheServerBreakTheHandshake() throws Exception {
        CompletableFuture<Void> bannerSent = new CompletableFuture<>();
        TlsTestServer server = client.serve(accepted -> {
            accepted.getOutputStream().write("220 ready\r\n".getBytes(StandardCharsets.US_ASCII));
            bannerSent.complete(null);
            accepted.getInputStream().transferTo(OutputStream.nullOutputStream());
        });
        int id = client.connect("localhost", server);
        bannerSent.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS);
        assertEquals(true, client.info(id).connected());

        client.assertSecureFails(id, null, NetError.SSL_PROTOCOL_ERROR);
    }

    @Test
    void aPendingReadFailsSecureWithInvalidArgumentAndDestroysTheSocket() throws Exception {
        TlsTestServer server = client.serve(Conversations.silent());
        int id = client.connect("localhost", server);
        CompletableFuture<ReadInfo> pending = new CompletableFuture<>();
        client.engine().read(id, null, pending::complete);

        client.assertSecureFails(id, null, NetError.INVALID_ARGUMENT);
        assertEquals(ReadInfo.of(-100), pending.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS),
                "D13: the read pending on the destroyed socket completes with -100");
    }

    @Test
    void preconditionFailuresAreMinus4AndKeepTheSocket() {
        Sync.Result<Integer> unknown = client.secure(999_999, null);
        assertEquals(-4, unknown.value());
        assertEquals("Socket not found", unknown.error());

        int udp = client.sync().create("udp");
        assertPreconditionFails(udp, "Only TCP sockets are supported for TLS.");
        int fresh = client.sync().create("tcp");
        assertPreconditionFails(fresh, "Only TCP sockets are supported for TLS.");
        int listening = client.sync().listeningServer()[0];
        assertPreconditionFails(listening, "Only TCP sockets are supported for TLS.");

        TlsTestServer server = client.serve(accepted -> { });
        int closedByPeer = client.connect("localhost", server);
        awaitNotConnected(closedByPeer);
        assertPreconditionFails(closedByPeer, "Socket not connected");
    }

    private void assertPreconditionFails(int id, String message) {
        Sync.Result<Integer> result = client.secure(id, null);
        assertEquals(-4, result.value());
        assertEquals(message, result.error());
        Sync.Result<SocketInfo> info = client.sync().call(cb -> client.engine().getInfo(id, cb));
        assertNull(info.error(), "the socket survives a precondition failure");
    }

    /** The peer's FIN is seen by a read, which then reports 0 (D4). */
    private void awaitNotConnected(int id) {
        assertEquals(0, client.sync().value((Callback<ReadInfo> cb) -> client.engine().read(id, null, cb)).resultCode());
    }
}
