package org.socketworkbench.certificates;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A PKCS#12 file (.p12, .pfx): its first key entry with its chain. The JDK reads these itself. */
public final class Pkcs12File {

    private Pkcs12File() {
    }

    public static ServerIdentity identity(Path file, char[] password) throws CertificateProblem {
        KeyStore store;
        try (InputStream in = Files.newInputStream(file)) {
            store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
        } catch (NoSuchFileException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.UNREADABLE_FILE, file, CertificateMessages.text("certificates.noSuchFile")), e);
        } catch (IOException e) {
            // the JDK reports a wrong password as an IOException caused by UnrecoverableKeyException
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new CertificateProblem(CertificateMessages.text(CertificateMessages.WRONG_PASSWORD, file.getFileName()), e);
            }
            if (!Files.isReadable(file)) {
                throw new CertificateProblem(CertificateMessages.text(CertificateMessages.UNREADABLE_FILE, file, e.getMessage()), e);
            }
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NOT_PKCS12, file.getFileName(), e.getMessage()), e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NOT_PKCS12, file.getFileName(), e.getMessage()), e);
        }
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    List<X509Certificate> certificates = new ArrayList<>();
                    for (Certificate certificate : chain) {
                        certificates.add((X509Certificate) certificate);
                    }
                    return new ServerIdentity(certificates, privateKey, file.getFileName().toString());
                }
            }
        } catch (UnrecoverableKeyException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.WRONG_PASSWORD, file.getFileName()), e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NOT_PKCS12, file.getFileName(), e.getMessage()), e);
        }
        throw new CertificateProblem(CertificateMessages.text(CertificateMessages.NO_PKCS12_KEY, file.getFileName()));
    }
}
