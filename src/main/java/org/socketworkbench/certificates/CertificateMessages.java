package org.socketworkbench.certificates;

/** What the certificate loaders tell the user, in one place (for the later move to resource bundles). */
final class CertificateMessages {

    static final String UNREADABLE_FILE = "Cannot read %s: %s";
    static final String NOT_PEM = "%s holds no PEM certificate (expected -----BEGIN CERTIFICATE-----)";
    static final String BAD_PEM = "%s is not valid PEM: %s";
    static final String NO_KEY = "%s holds no private key (expected -----BEGIN PRIVATE KEY-----, "
            + "-----BEGIN EC PRIVATE KEY----- or -----BEGIN RSA PRIVATE KEY-----)";
    static final String ENCRYPTED_KEY = "%s holds an encrypted private key; decrypt it first "
            + "(openssl pkey -in key.pem -out plain.pem) or use a PKCS#12 file with its password";
    static final String KEY_MISMATCH = "The private key in %s does not belong to the certificate in %s "
            + "(subject %s)";
    static final String WRONG_PASSWORD = "Wrong password for the PKCS#12 file %s";
    static final String NOT_PKCS12 = "%s is not a PKCS#12 file (.p12/.pfx): %s";
    static final String NO_PKCS12_KEY = "%s holds no private key with a certificate";
    static final String NO_NAMES = "Give at least one host name or IP address for the certificate";
    static final String BAD_NAME = "\"%s\" is not a host name or IP address";
    static final String NO_CA = "%s holds no CA certificate to check client certificates against";
    static final String CANNOT_GENERATE = "Cannot generate a self-signed certificate: %s";
    static final String CANNOT_STORE = "Cannot keep the self-signed certificate in %s: %s";
    static final String TLS_SETUP = "Cannot set up TLS with this certificate: %s";

    private CertificateMessages() {
    }
}
