package org.socketworkbench.engine.tls;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Certificates for the {@code secure()} tests, made with BouncyCastle once per JVM (EC P-256, so
 * generation costs milliseconds): a test CA, server certificates it signed for {@code localhost},
 * 127.0.0.1 and ::1 (valid, expired, not yet valid), one it signed for another host, and a
 * self-signed one nobody trusts; plus the TLS contexts built from them.
 */
public final class TestCertificates {

    /** Which certificate an in-test server presents. */
    public enum ServerCertificate {
        /** Signed by the test CA for localhost, 127.0.0.1 and ::1, valid now. */
        TRUSTED,
        /** Like {@link #TRUSTED} but its validity ended yesterday. */
        EXPIRED,
        /** Like {@link #TRUSTED} but its validity starts tomorrow. */
        NOT_YET_VALID,
        /** Signed by the test CA, valid now, but only for {@code wrong.example}. */
        WRONG_HOST,
        /** For localhost and valid now, but self-signed: no trust store knows it. */
        SELF_SIGNED
    }

    private static final String SIGNATURE = "SHA256withECDSA";
    private static final char[] PASSWORD = "test".toCharArray();
    private static final Duration DAY = Duration.ofDays(1);
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());
    private static final TestCertificates INSTANCE = new TestCertificates();

    private final X509Certificate ca;
    private final KeyPair serverKeys;
    private final Map<ServerCertificate, Certificate[]> chains = new EnumMap<>(ServerCertificate.class);

    private TestCertificates() {
        try {
            KeyPair caKeys = newKeyPair();
            serverKeys = newKeyPair();
            Instant now = Instant.now();
            X500Name caName = new X500Name("CN=Socket Workbench Test CA");
            ca = sign(caName, caName, caKeys, caKeys.getPrivate(), now.minus(DAY), now.plus(DAY.multipliedBy(3650)),
                    builder -> {
                        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
                        builder.addExtension(Extension.keyUsage, true,
                                new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
                    });
            chains.put(ServerCertificate.TRUSTED, chain(issued("localhost", now.minus(DAY), now.plus(DAY.multipliedBy(365)),
                    caName, caKeys.getPrivate())));
            chains.put(ServerCertificate.EXPIRED, chain(issued("localhost", now.minus(DAY.multipliedBy(30)), now.minus(DAY),
                    caName, caKeys.getPrivate())));
            chains.put(ServerCertificate.NOT_YET_VALID, chain(issued("localhost", now.plus(DAY), now.plus(DAY.multipliedBy(30)),
                    caName, caKeys.getPrivate())));
            chains.put(ServerCertificate.WRONG_HOST, chain(issued("wrong.example", now.minus(DAY), now.plus(DAY.multipliedBy(365)),
                    caName, caKeys.getPrivate())));
            chains.put(ServerCertificate.SELF_SIGNED, new Certificate[] {issued("localhost", now.minus(DAY),
                    now.plus(DAY.multipliedBy(365)), new X500Name("CN=localhost"), serverKeys.getPrivate())});
        } catch (GeneralSecurityException | OperatorCreationException | CertIOException e) {
            throw new IllegalStateException("cannot generate the test certificates", e);
        }
    }

    /** A client context that trusts the test CA and nothing else, and has no client certificate. */
    public static SSLContext clientContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, INSTANCE.trustingTheTestCa(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a client TLS context", e);
        }
    }

    /** A server context presenting {@code which}, trusting the test CA for client certificates. */
    public static SSLContext serverContext(ServerCertificate which) {
        try {
            KeyStore keys = emptyKeyStore();
            keys.setKeyEntry("server", INSTANCE.serverKeys.getPrivate(), PASSWORD, INSTANCE.chains.get(which));
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(keys, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(factory.getKeyManagers(), INSTANCE.trustingTheTestCa(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build a server TLS context", e);
        }
    }

    private TrustManager[] trustingTheTestCa() throws GeneralSecurityException, IOException {
        KeyStore trusted = emptyKeyStore();
        trusted.setCertificateEntry("test-ca", ca);
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory.getTrustManagers();
    }

    private Certificate[] chain(X509Certificate leaf) {
        return new Certificate[] {leaf, ca};
    }

    /** A server certificate for {@code host} (and the loopback IPs when the host is localhost). */
    private X509Certificate issued(String host, Instant notBefore, Instant notAfter, X500Name issuer,
                                   PrivateKey issuerKey)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        GeneralName[] names = "localhost".equals(host)
                ? new GeneralName[] {new GeneralName(GeneralName.dNSName, host),
                        new GeneralName(GeneralName.iPAddress, "127.0.0.1"), new GeneralName(GeneralName.iPAddress, "::1")}
                : new GeneralName[] {new GeneralName(GeneralName.dNSName, host)};
        return sign(issuer, new X500Name("CN=" + host), serverKeys, issuerKey, notBefore, notAfter, builder -> {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
        });
    }

    private interface Extensions {
        void addTo(X509v3CertificateBuilder builder) throws CertIOException;
    }

    private static X509Certificate sign(X500Name issuer, X500Name subject, KeyPair subjectKeys, PrivateKey issuerKey,
                                        Instant notBefore, Instant notAfter, Extensions extensions)
            throws GeneralSecurityException, OperatorCreationException, CertIOException {
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                BigInteger.valueOf(SERIALS.incrementAndGet()), Date.from(notBefore), Date.from(notAfter), subject,
                subjectKeys.getPublic());
        extensions.addTo(builder);
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder(SIGNATURE).build(issuerKey)));
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static KeyStore emptyKeyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}
