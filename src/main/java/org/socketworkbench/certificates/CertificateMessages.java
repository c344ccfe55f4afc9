package org.socketworkbench.certificates;

import org.socketworkbench.i18n.Texts;

/** What the certificate loaders tell the user: keys of the {@code certificates} bundle. */
final class CertificateMessages {

    static final String UNREADABLE_FILE = "certificates.unreadableFile";
    static final String NOT_PEM = "certificates.notPem";
    static final String BAD_PEM = "certificates.badPem";
    static final String NO_KEY = "certificates.noKey";
    static final String ENCRYPTED_KEY = "certificates.encryptedKey";
    static final String KEY_MISMATCH = "certificates.keyMismatch";
    static final String WRONG_PASSWORD = "certificates.wrongPassword";
    static final String NOT_PKCS12 = "certificates.notPkcs12";
    static final String NO_PKCS12_KEY = "certificates.noPkcs12Key";
    static final String NO_NAMES = "certificates.noNames";
    static final String BAD_NAME = "certificates.badName";
    static final String NO_CA = "certificates.noCa";
    static final String CANNOT_GENERATE = "certificates.cannotGenerate";
    static final String CANNOT_STORE = "certificates.cannotStore";
    static final String TLS_SETUP = "certificates.tlsSetup";

    private CertificateMessages() {
    }

    /** The message for {@code key} in the current language. */
    static String text(String key, Object... args) {
        return Texts.get(key, args);
    }
}
