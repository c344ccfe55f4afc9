package org.socketworkbench.engine.tls;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.Sync;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsInfo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * secure() with the engine's extensions against {@code openssl s_server} presenting a self-signed
 * certificate: -202 as Chrome says; with the certificate's fingerprint pinned the handshake
 * succeeds and data flows; a different certificate on the same endpoint fails again (a pin is a
 * fingerprint, not a host). ALPN and SNI go where they are asked to, and getTlsInfo tells.
 */
class PinnedSecureTest {

    @TempDir
    Path dir;

    private final TlsClient client = TlsClient.withPlatformTrust();
    private Path[] first;
    private Path[] second;

    @BeforeEach
    void certificates() throws Exception {
        Assumptions.assumeTrue(Openssl.installed(), "openssl is not installed (Debian package openssl)");
        first = Openssl.selfSigned(dir, "first", "localhost");
        second = Openssl.selfSigned(dir, "second", "localhost");
    }

    @AfterEach
    void close() throws Exception {
        client.close();
    }

    private int connect(int port) {
        int id = client.sync().create("tcp");
        assertEquals(0, client.sync().value((Callback<Integer> cb) -> client.engine().connect(id, "localhost", port, cb)));
        return id;
    }

    private Sync.Result<Integer> secure(int id, TlsClientOptions extras) {
        return client.sync().call(cb -> client.engine().secure(id, null, extras, cb));
    }

    @Test
    void aSelfSignedServerIsMinus202UntilItsFingerprintIsPinnedAndAnotherCertificateFailsAgain() throws Exception {
        String pin = Openssl.fingerprint(first[0]);
        int port;
        try (OpensslServer server = OpensslServer.start(first[0], first[1], 0)) {
            port = server.port();
            Sync.Result<Integer> unpinned = secure(connect(port), TlsClientOptions.NONE);
            assertEquals(NetError.CERT_AUTHORITY_INVALID.code(), unpinned.value(), unpinned.error());

            int id = connect(port);
            Sync.Result<Integer> pinned = secure(id, TlsClientOptions.pinned(Set.of(pin.toLowerCase())));
            assertEquals(0, pinned.value(), pinned.error());
            assertNull(pinned.error());
            assertEquals("olleh", roundTrip(id, "hello\n"));
            TlsInfo info = client.sync().value((Callback<TlsInfo> cb) -> client.engine().getTlsInfo(id, cb));
            assertFalse(info.server());
            assertEquals(pin, info.peerChain().getFirst().sha256());
            assertEquals("localhost", info.serverName());
            assertTrue(info.protocol().startsWith("TLSv1."), info.protocol());
        }
        try (OpensslServer other = OpensslServer.start(second[0], second[1], port)) {
            Sync.Result<Integer> wrongCertificate = secure(connect(other.port()), TlsClientOptions.pinned(Set.of(pin)));
            assertEquals(NetError.CERT_AUTHORITY_INVALID.code(), wrongCertificate.value(), wrongCertificate.error());
        }
    }

    @Test
    void alpnAndSniGoWhereTheyAreAsked() throws Exception {
        String pin = Openssl.fingerprint(first[0]);
        try (OpensslServer server = OpensslServer.start(first[0], first[1], 0, "-alpn", "h2,http/1.1")) {
            int id = connect(server.port());
            TlsClientOptions extras = new TlsClientOptions(List.of("http/1.1"), "workbench.test", Set.of(pin));
            assertEquals(0, secure(id, extras).value());
            TlsInfo info = client.sync().value((Callback<TlsInfo> cb) -> client.engine().getTlsInfo(id, cb));
            assertEquals("http/1.1", info.alpn());
            assertEquals("workbench.test", info.serverName());
        }
    }

    @Test
    void getTlsInfoOnAPlainSocketIsNullWithLastError() {
        int id = client.sync().create("tcp");
        Sync.Result<TlsInfo> info = client.sync().call(cb -> client.engine().getTlsInfo(id, cb));
        assertNull(info.value());
        assertEquals("Socket not connected", info.error());
    }

    /** Writes a line and reads until the reversed line and its newline are back. */
    private String roundTrip(int id, String line) {
        assertEquals(line.length(), client.write(id, line.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        while (!received.toString(StandardCharsets.UTF_8).contains("\n")) {
            ReadInfo read = client.read(id).value();
            assertTrue(read.resultCode() > 0, "read " + read.resultCode());
            received.writeBytes(read.data());
        }
        return received.toString(StandardCharsets.UTF_8).strip();
    }
}
