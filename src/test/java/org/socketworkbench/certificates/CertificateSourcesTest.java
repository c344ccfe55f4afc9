package org.socketworkbench.certificates;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socketworkbench.engine.TlsServerOptions.ClientAuth;
import org.socketworkbench.engine.tls.Openssl;
import org.socketworkbench.testing.Commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where a TLS server's certificate comes from: a PEM pair or a PKCS#12 file made by openssl, or a
 * self-signed certificate kept in the config directory; and bad input, each with a message that
 * names the problem.
 */
class CertificateSourcesTest {

    @TempDir
    Path dir;

    private Path[] pair;

    @BeforeEach
    void openssl() throws Exception {
        Assumptions.assumeTrue(Openssl.installed(), "openssl is not installed (Debian package openssl)");
        pair = Openssl.selfSigned(dir, "server", "localhost");
    }

    @Test
    void aPemPairFromOpensslLoadsWithOpensslsFingerprint() throws Exception {
        ServerIdentity identity = PemFiles.identity(pair[0], pair[1]);
        assertEquals(Openssl.fingerprint(pair[0]), identity.fingerprint());
        assertEquals(List.of("localhost", "127.0.0.1"), identity.leafInfo().subjectAltNames());
    }

    @Test
    void aPkcs12FileLoadsWithItsPasswordAndAWrongOneIsNamed() throws Exception {
        Path p12 = dir.resolve("server.p12");
        Commands.check(List.of("openssl", "pkcs12", "-export", "-in", pair[0].toString(), "-inkey", pair[1].toString(),
                "-out", p12.toString(), "-passout", "pass:right"), Openssl.TIMEOUT);

        assertEquals(Openssl.fingerprint(pair[0]), Pkcs12File.identity(p12, "right".toCharArray()).fingerprint());
        CertificateProblem wrong = assertThrows(CertificateProblem.class, () -> Pkcs12File.identity(p12, "wrong".toCharArray()));
        assertEquals("Wrong password for the PKCS#12 file server.p12", wrong.getMessage());
        CertificateProblem notP12 = assertThrows(CertificateProblem.class, () -> Pkcs12File.identity(pair[0], "x".toCharArray()));
        assertTrue(notP12.getMessage().startsWith("server.crt is not a PKCS#12 file"), notP12.getMessage());
    }

    @Test
    void anUnreadableOrDamagedPemIsNamed() throws Exception {
        CertificateProblem missing = assertThrows(CertificateProblem.class,
                () -> PemFiles.identity(dir.resolve("absent.pem"), pair[1]));
        assertTrue(missing.getMessage().startsWith("Cannot read ") && missing.getMessage().contains("absent.pem"),
                missing.getMessage());

        Path text = Files.writeString(dir.resolve("notes.txt"), "this is not a certificate\n");
        assertEquals("notes.txt holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)",
                assertThrows(CertificateProblem.class, () -> PemFiles.identity(text, pair[1])).getMessage());

        Path damaged = Files.writeString(dir.resolve("damaged.pem"),
                "-----BEGIN CERTIFICATE-----\nMIIB!!!!not base64\n-----END CERTIFICATE-----\n");
        String message = assertThrows(CertificateProblem.class, () -> PemFiles.identity(damaged, pair[1])).getMessage();
        assertTrue(message.startsWith("damaged.pem is not valid PEM"), message);

        assertTrue(assertThrows(CertificateProblem.class, () -> PemFiles.identity(pair[0], pair[0])).getMessage()
                .startsWith("server.crt holds no private key"));
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws Exception {
        Path[] other = Openssl.selfSigned(dir, "other", "localhost");
        CertificateProblem mismatch = assertThrows(CertificateProblem.class, () -> PemFiles.identity(pair[0], other[1]));
        assertEquals("The private key in other.key does not belong to the certificate in server.crt (subject CN=localhost)",
                mismatch.getMessage());
    }

    @Test
    void aSelfSignedCertificateIsKeptForItsNamesAndReused() throws Exception {
        SelfSignedCertificates store = new SelfSignedCertificates(dir.resolve("config"));
        ServerIdentity first = store.forNames(List.of("localhost", "127.0.0.1"));
        assertEquals(List.of("localhost", "127.0.0.1"), first.leafInfo().subjectAltNames());
        assertEquals(first.fingerprint(), store.forNames(List.of(" LocalHost ", "127.0.0.1", "localhost")).fingerprint(),
                "same names, same certificate");
        assertNotEquals(first.fingerprint(), store.forNames(List.of("localhost")).fingerprint());
        try (var kept = Files.list(dir.resolve("config").resolve("certificates"))) {
            List<Path> files = kept.toList();
            assertEquals(2, files.size(), files.toString());
            Path keptFile = files.stream().filter(f -> f.toString().contains("127.0.0.1")).findFirst().orElseThrow();
            assertEquals(first.fingerprint(), Openssl.fingerprint(keptFile), "openssl reads the kept file");
        }
    }

    @Test
    void badNamesAreNamedAndNothingIsWritten() {
        SelfSignedCertificates store = new SelfSignedCertificates(dir.resolve("config"));
        assertEquals("\"exa mple\" is not a host name or IP address",
                assertThrows(CertificateProblem.class, () -> store.forNames(List.of("localhost", "exa mple"))).getMessage());
        assertEquals("Give at least one host name or IP address for the certificate",
                assertThrows(CertificateProblem.class, () -> store.forNames(List.of(" "))).getMessage());
        assertTrue(Files.notExists(dir.resolve("config")));
    }

    @Test
    void askingForClientCertificatesNeedsACaFile() throws Exception {
        ServerIdentity identity = PemFiles.identity(pair[0], pair[1]);
        assertTrue(assertThrows(CertificateProblem.class,
                () -> ServerTlsSetup.options(identity, ClientAuth.NEED, null, List.of())).getMessage()
                .contains("no CA certificate"));
        assertTrue(assertThrows(CertificateProblem.class,
                () -> ServerTlsSetup.options(identity, ClientAuth.WANT, pair[1], List.of())).getMessage()
                .startsWith("server.key holds no PEM certificate"));
        assertEquals(ClientAuth.NEED, ServerTlsSetup.options(identity, ClientAuth.NEED, pair[0], List.of()).clientAuth());
    }
}
