package org.socketworkbench.engine.conformance;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;

/**
 * Self-signed TLS material for tests, made with BouncyCastle: a certificate for chosen names and
 * validity, a server {@link SSLContext} that presents it, and a client {@link SSLContext} that
 * trusts it (give that to {@code SocketEngine.builder().sslContext(...)}).
 *
 * <p>{@link #localhost()} is the usual one: valid now, for {@code localhost}, {@code 127.0.0.1}
 * and {@code ::1}, so {@code secure()} succeeds after a connect to any of the three names.
 */
public final class TestTls {

    private static final String KEY_ALIAS = "server";
    private static final char[] NO_PASSWORD = new char[0];
    private static final TestTls LOCALHOST = selfSigned("localhost", List.of("localhost"),
            List.of("127.0.0.1", "::1"), Instant.now().minus(Duration.ofDays(1)), Instant.now().plus(Duration.ofDays(1)));

    private final KeyPair keys;
    private final X509Certificate certificate;

    private TestTls(KeyPair keys, X509Certificate certificate) {
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A certificate valid now for localhost, 127.0.0.1 and ::1 (made once per test run). */
    public static TestTls localhost() {
        return LOCALHOST;
    }

    /**
     * A self-signed end-entity certificate (EC P-256, SHA256withECDSA, extended key usage
     * serverAuth).
     *
     * @param commonName  the subject's CN
     * @param dnsNames    subject alternative names of type DNS
     * @param ipAddresses subject alternative names of type IP (IPv4 or IPv6 literals)
     */
    public static TestTls selfSigned(String commonName, List<String> dnsNames, List<String> ipAddresses,
                                     Instant notBefore, Instant notAfter) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=" + commonName);
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    BigInteger.valueOf(System.nanoTime()), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            GeneralName[] names = Stream.concat(
                    dnsNames.stream().map(name -> new GeneralName(GeneralName.dNSName, name)),
                    ipAddresses.stream().map(ip -> new GeneralName(GeneralName.iPAddress, ip)))
                    .toArray(GeneralName[]::new);
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            X509Certificate certificate = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
            return new TestTls(keys, certificate);
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot make a test certificate", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** A server context presenting this certificate. */
    public SSLContext serverContext() {
        try {
            KeyStore store = emptyStore();
            store.setKeyEntry(KEY_ALIAS, keys.getPrivate(), NO_PASSWORD, new Certificate[] {certificate});
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(store, NO_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the server TLS context", e);
        }
    }

    /** A client context whose only trust anchor is this certificate. */
    public SSLContext trustingClientContext() {
        try {
            KeyStore store = emptyStore();
            store.setCertificateEntry(KEY_ALIAS, certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot make the client TLS context", e);
        }
    }

    /**
     * The server side of a TLS session over an accepted plain connection (the handshake starts
     * with the first read, write or {@code startHandshake()}).
     */
    public SSLSocket serverSide(Socket accepted) throws IOException {
        SSLSocket socket = (SSLSocket) serverContext().getSocketFactory()
                .createSocket(accepted, accepted.getInetAddress().getHostAddress(), accepted.getPort(), true);
        socket.setUseClientMode(false);
        return socket;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}
