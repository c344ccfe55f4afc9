package org.socketworkbench.certificates;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * PEM files as OpenSSL writes them: a certificate chain (leaf first) and a private key in PKCS#8,
 * SEC1 ("EC PRIVATE KEY") or PKCS#1 ("RSA PRIVATE KEY") form. BouncyCastle's PEMParser reads all
 * of them; the JDK reads none of the key formats from PEM.
 */
public final class PemFiles {

    private PemFiles() {
    }

    /** A server identity from a chain file and a key file (they may be the same file). */
    public static ServerIdentity identity(Path chainFile, Path keyFile) throws CertificateProblem {
        List<X509Certificate> chain = certificates(chainFile);
        PrivateKey key = privateKey(keyFile);
        if (!KeyMatch.matches(key, chain.getFirst())) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.KEY_MISMATCH, keyFile.getFileName(),
                    chainFile.getFileName(), chain.getFirst().getSubjectX500Principal().getName()));
        }
        return new ServerIdentity(chain, key, chainFile.getFileName().toString());
    }

    /** Every certificate in a PEM file, in file order; at least one. */
    public static List<X509Certificate> certificates(Path file) throws CertificateProblem {
        List<X509Certificate> certificates = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (Object object : objects(file)) {
            if (object instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new CertificateProblem(CertificateMessages.text(CertificateMessages.BAD_PEM, file.getFileName(), e.getMessage()), e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NOT_PEM, file.getFileName()));
        }
        return certificates;
    }

    /** The first private key in a PEM file. */
    public static PrivateKey privateKey(Path file) throws CertificateProblem {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        for (Object object : objects(file)) {
            try {
                switch (object) {
                    case PrivateKeyInfo info -> {
                        return converter.getPrivateKey(info);
                    }
                    case PEMKeyPair pair -> {
                        // the private part alone: an "EC PRIVATE KEY" may come without its public key
                        return converter.getPrivateKey(pair.getPrivateKeyInfo());
                    }
                    case PEMEncryptedKeyPair ignored ->
                            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.ENCRYPTED_KEY, file.getFileName()));
                    case PKCS8EncryptedPrivateKeyInfo ignored ->
                            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.ENCRYPTED_KEY, file.getFileName()));
                    default -> {
                        // certificates and parameters beside the key
                    }
                }
            } catch (IOException e) {
                throw new CertificateProblem(CertificateMessages.text(CertificateMessages.BAD_PEM, file.getFileName(), e.getMessage()), e);
            }
        }
        throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NO_KEY, file.getFileName()));
    }

    /** PEM text of certificates or a key (for keeping a generated certificate). */
    static String pem(Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        }
        return text.toString();
    }

    private static List<Object> objects(Path file) throws CertificateProblem {
        List<Object> objects = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(reader)) {
            Object object;
            while ((object = parser.readObject()) != null) {
                objects.add(object);
            }
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.UNREADABLE_FILE, file, CertificateMessages.text("certificates.noSuchFile")), e);
        } catch (IOException | RuntimeException e) {
            if (Files.isReadable(file)) {
                throw new CertificateProblem(CertificateMessages.text(CertificateMessages.BAD_PEM, file.getFileName(), e.getMessage()), e);
            }
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.UNREADABLE_FILE, file, e.getMessage()), e);
        }
        return objects;
    }
}
