package org.socketworkbench.engine.tls;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.engine.tls.TestCertificates.ServerCertificate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * secure() that succeeds (contract §5.21): the certificate is verified against the name given to
 * connect(), data then round-trips through TLS, the id stays the same, and writes queued before
 * the handshake go out in plaintext first (D12).
 */
class SecureHandshakeTest {

    private static final ServerTls TRUSTED = ServerTls.presenting(ServerCertificate.TRUSTED);

    private final TlsClient client = new TlsClient();

    @AfterEach
    void close() throws IOException {
        client.close();
    }

    @ParameterizedTest(name = "connect(\"{0}\") to a server on {1}")
    @CsvSource({"localhost, 127.0.0.1", "LocalHost, 127.0.0.1", "127.0.0.1, 127.0.0.1", "::1, ::1"})
    void theCertificateIsVerifiedAgainstTheConnectHostNameOrIpLiteral(String host, String serverAddress) {
        TlsTestServer server = client.serve(serverAddress, Conversations.echo(TRUSTED));
        int id = client.secured(host, server);

        byte[] hello = "hello over TLS".getBytes(StandardCharsets.UTF_8);
        assertEquals(hello.length, client.write(id, hello));
        assertArrayEquals(hello, client.sync().readExactly(id, hello.length));
    }

    @Test
    void dataRoundTripsBothWaysAndTheSecuredSocketKeepsItsIdAndReportsTcp() {
        TlsTestServer server = client.serve(Conversations.echo(TRUSTED));
        int id = client.connect("localhost", server);
        SocketInfo before = client.info(id);

        assertEquals(0, client.secure(id, null).value());

        SocketInfo after = client.info(id);
        assertEquals(new SocketInfo("tcp", true, "127.0.0.1", server.port(), "127.0.0.1", before.localPort()), after,
                "D11: a TLS socket reports tcp (Chrome says udp), same addresses as before");
        byte[] big = new byte[100_000];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        assertEquals(big.length, client.write(id, big), "a write larger than one TLS record reports every byte");
        assertArrayEquals(big, client.sync().readExactly(id, big.length));
        byte[] small = {1, 2, 3};
        assertEquals(3, client.write(id, small));
        assertArrayEquals(small, client.sync().readExactly(id, 3));
    }

    @ParameterizedTest(name = "tlsVersion min={0} max={1} against a server with {2} gives {3}")
    @CsvSource({
            "tls1.2, tls1.2, TLSv1.3 TLSv1.2, TLSv1.2",
            ", tls1.2, TLSv1.3 TLSv1.2, TLSv1.2",
            "tls1.3, , TLSv1.3 TLSv1.2, TLSv1.3",
            "tls1, tls1.3, TLSv1.2, TLSv1.2",
            "bogus, TLS1.2, TLSv1.3 TLSv1.2, TLSv1.3"})
    void tlsVersionBoundsChooseTheProtocol(String min, String max, String serverProtocols, String negotiated)
            throws Exception {
        CompletableFuture<String> protocol = new CompletableFuture<>();
        ServerTls tls = TRUSTED.onlyProtocols(serverProtocols.split(" "));
        TlsTestServer server = client.serve(accepted -> {
            var secured = tls.upgrade(accepted);
            protocol.complete(secured.getSession().getProtocol());
            secured.getInputStream().read();
        });
        int id = client.connect("localhost", server);

        Sync.Result<Integer> result = client.secure(id, TlsClient.versions(min, max));

        assertEquals(0, result.value(), () -> "secure() failed: " + result.error());
        assertEquals(negotiated, protocol.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS),
                "unknown names (and Chrome's names in another case) keep the platform default");
    }

    @Test
    void writesQueuedBeforeSecureGoOutInPlaintextBeforeTheHandshake() throws Exception {
        CompletableFuture<String> plaintext = new CompletableFuture<>();
        TlsTestServer server = client.serve(Conversations.lineThenEcho(TRUSTED, plaintext));
        int id = client.connect("localhost", server);
        List<String> order = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> written = new CompletableFuture<>();
        CompletableFuture<Integer> secured = new CompletableFuture<>();

        client.engine().write(id, "STARTTLS\r\n".getBytes(StandardCharsets.US_ASCII), info -> {
            order.add("write");
            written.complete(info.bytesWritten());
        });
        client.engine().secure(id, null, result -> {
            order.add("secure");
            secured.complete(result);
        });

        assertEquals("STARTTLS", plaintext.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(10, written.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, secured.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of("write", "secure"), order);
        byte[] inside = "inside TLS".getBytes(StandardCharsets.UTF_8);
        assertEquals(inside.length, client.write(id, inside));
        assertArrayEquals(inside, client.sync().readExactly(id, inside.length), "the server echoes through TLS");
    }

    @Test
    void whileTheHandshakeRunsReadsAreRefusedAndWritesWaitForTls() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        TlsTestServer server = client.serve(Conversations.echoAfter(go, TRUSTED));
        int id = client.connect("localhost", server);
        CompletableFuture<Integer> secured = new CompletableFuture<>();
        CompletableFuture<WriteInfo> written = new CompletableFuture<>();
        byte[] early = "written during the handshake".getBytes(StandardCharsets.UTF_8);

        client.engine().secure(id, null, secured::complete);
        client.engine().write(id, early, written::complete);

        Sync.Result<ReadInfo> read = client.read(id);
        assertEquals(-15, read.value().resultCode(), "Chrome's released TCP socket is not connected");
        assertNull(read.error());
        Sync.Result<Integer> again = client.secure(id, null);
        assertEquals(-4, again.value());
        assertEquals("Only TCP sockets are supported for TLS.", again.error());
        assertEquals(false, client.sync().value((Callback<Boolean> cb) -> client.engine().setNoDelay(id, true, cb)));
        assertTrue(!secured.isDone() && !written.isDone(), "nothing finishes before the server answers");

        go.countDown();

        assertEquals(0, secured.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS));
        assertEquals(early.length, written.get(Sync.TIMEOUT_SECONDS, TimeUnit.SECONDS).bytesWritten());
        assertArrayEquals(early, client.sync().readExactly(id, early.length), "the write went through TLS");
    }
}
