package org.socketworkbench.engine.tls;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.certificates.ServerIdentity;
import org.socketworkbench.certificates.ServerTlsSetup;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.engine.TlsServerOptions.ClientAuth;
import org.socketworkbench.testing.Commands;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine's TLS server (setServerTls extension) against {@code openssl s_client}: TLS 1.2 and
 * 1.3 handshakes, the bytes echo, the fingerprint openssl sees is ours, client certificates asked
 * for and refused, and a client that speaks no TLS fails alone while the server keeps accepting.
 */
class TlsServerTest {

    private static final String HELLO = "hello through the engine's TLS server";
    private static ServerIdentity identity;

    @TempDir
    Path dir;

    @BeforeAll
    static void certificate() throws CertificateProblem {
        Assumptions.assumeTrue(Openssl.installed(), "openssl is not installed (Debian package openssl)");
        identity = SelfSignedCertificates.generate(List.of("localhost", "127.0.0.1"));
    }

    private static TlsServerOptions plain() throws CertificateProblem {
        return ServerTlsSetup.options(identity, ClientAuth.NONE, null, List.of());
    }

    @ParameterizedTest(name = "openssl s_client {0}")
    @CsvSource({"-tls1_3, TLSv1.3", "-tls1_2, TLSv1.2"})
    void opensslHandshakesBytesEchoAndItSeesOurFingerprint(String flag, String protocol) throws Exception {
        try (EchoTlsServer server = new EchoTlsServer(plain())) {
            Commands.Result client = Openssl.sClient(server.port(), HELLO + "\n", dir, flag);

            assertTrue(client.output().contains(HELLO), () -> "no echo in:\n" + client.output());
            assertEquals(0, server.nextHandshake());
            Path printed = Files.writeString(dir.resolve("printed.pem"), client.output());
            assertEquals(identity.fingerprint(), Openssl.fingerprint(printed), "the certificate openssl was shown");
            TlsInfo info = server.nextNegotiated();
            assertTrue(info.server());
            assertEquals(protocol, info.protocol());
            assertEquals("localhost", info.serverName(), "SNI openssl sent");
            assertEquals(List.of(), info.peerChain(), "openssl showed no client certificate");
            assertFalse(info.resumed());
        }
    }

    @Test
    void aRequiredClientCertificateIsRefusedWhenMissingOrUntrustedAndAcceptedWhenTrusted() throws Exception {
        Path[] ca = Openssl.selfSigned(dir, "client-ca", "client");
        Path[] stranger = Openssl.selfSigned(dir, "stranger", "stranger");
        TlsServerOptions options = ServerTlsSetup.options(identity, ClientAuth.NEED, ca[0], List.of());
        try (EchoTlsServer server = new EchoTlsServer(options)) {
            Commands.Result without = Openssl.sClient(server.port(), HELLO + "\n", dir, "-tls1_3");
            int missing = server.nextHandshake();
            assertEquals(NetError.BAD_SSL_CLIENT_AUTH_CERT.code(), missing, "no client certificate: " + NetError.describe(missing));
            assertFalse(without.output().contains(HELLO + "\n" + HELLO), without.output());

            Openssl.sClient(server.port(), HELLO + "\n", dir, "-tls1_3", "-cert", stranger[0].toString(),
                    "-key", stranger[1].toString());
            int untrusted = server.nextHandshake();
            assertEquals(NetError.CERT_AUTHORITY_INVALID.code(), untrusted, "untrusted client: " + NetError.describe(untrusted));

            Commands.Result trusted = Openssl.sClient(server.port(), HELLO + "\n", dir, "-tls1_3",
                    "-cert", ca[0].toString(), "-key", ca[1].toString());
            assertEquals(0, server.nextHandshake(), trusted.output());
            assertTrue(trusted.output().contains(HELLO), trusted.output());
            TlsInfo info = server.nextNegotiated();
            assertEquals(1, info.peerChain().size());
            assertEquals(Openssl.fingerprint(ca[0]), info.peerChain().getFirst().sha256());
        }
    }

    @Test
    void aWantedClientCertificateMayBeMissing() throws Exception {
        Path[] ca = Openssl.selfSigned(dir, "client-ca", "client");
        try (EchoTlsServer server = new EchoTlsServer(ServerTlsSetup.options(identity, ClientAuth.WANT, ca[0], List.of()))) {
            Commands.Result client = Openssl.sClient(server.port(), HELLO + "\n", dir, "-tls1_2");
            assertEquals(0, server.nextHandshake(), client.output());
            assertTrue(client.output().contains(HELLO), client.output());
        }
    }

    @Test
    void aPlainTcpClientFailsAloneAndTheServerKeepsAccepting() throws Exception {
        try (EchoTlsServer server = new EchoTlsServer(plain())) {
            try (Socket plainClient = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
                plainClient.setSoTimeout(20_000);
                OutputStream out = plainClient.getOutputStream();
                out.write("GET / HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = plainClient.getInputStream();
                byte[] answer = in.readAllBytes();
                // at most a TLS alert record (content type 21), never an echo of the request
                assertTrue(answer.length == 0 || answer[0] == 21, "the plain client got " + answer.length + " bytes");
            }
            assertEquals(NetError.SSL_PROTOCOL_ERROR.code(), server.nextHandshake());

            Commands.Result client = Openssl.sClient(server.port(), HELLO + "\n", dir, "-tls1_3");
            assertEquals(0, server.nextHandshake());
            assertTrue(client.output().contains(HELLO), client.output());
        }
    }

    @Test
    void serverTlsIsSetBeforeListenOnly() throws Exception {
        TlsServerOptions options = plain();
        try (EchoTlsServer server = new EchoTlsServer(options)) {
            var sync = new org.socketworkbench.engine.Sync(server.engine());
            int fresh = sync.create("tcp");
            int[] listening = sync.listeningServer();
            var refused = sync.call((org.socketworkbench.engine.Callback<Integer> cb) ->
                    server.engine().setServerTls(listening[0], options, cb));
            assertEquals(NetError.INVALID_ARGUMENT.code(), refused.value());
            assertNotEquals(null, refused.error());
            var accepted = sync.call((org.socketworkbench.engine.Callback<Integer> cb) ->
                    server.engine().setServerTls(fresh, options, cb));
            assertEquals(0, accepted.value());
            assertNull(accepted.error());
        }
    }
}
