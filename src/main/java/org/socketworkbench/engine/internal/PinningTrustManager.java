package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.CertificateInfo;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Set;

/**
 * Server trust for a {@code secure} with pins (the TlsClientOptions extension): a chain whose leaf
 * certificate's SHA-256 fingerprint is pinned is accepted as it is (the user decided to trust
 * exactly that certificate for this endpoint, host name and issuer included); any other chain goes
 * to the platform's trust manager unchanged, host name check included. It never accepts a chain
 * just because nobody objected: there is no trust-all.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    private final Set<String> pins;
    private final X509ExtendedTrustManager fallback;

    private PinningTrustManager(Set<String> pins, X509ExtendedTrustManager fallback) {
        this.pins = pins;
        this.fallback = fallback;
    }

    /** Contexts by pin set: building one costs a trust-store load, and a context keeps its sessions for resumption. */
    private static final int CACHED_CONTEXTS = 32;
    private static final java.util.Map<Set<String>, SSLContext> CONTEXTS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<Set<String>, SSLContext> eldest) {
                    return size() > CACHED_CONTEXTS;
                }
            });

    /** A client context trusting the platform's anchors plus the pinned certificates (one per pin set). */
    static SSLContext context(Set<String> pins) throws GeneralSecurityException {
        Set<String> key = Set.copyOf(pins);
        SSLContext cached = CONTEXTS.get(key);
        if (cached != null) {
            return cached;
        }
        SSLContext created = newContext(key);
        CONTEXTS.put(key, created);
        return created;
    }

    private static SSLContext newContext(Set<String> pins) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init((KeyStore) null);
        X509ExtendedTrustManager platform = null;
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager extended) {
                platform = extended;
            }
        }
        if (platform == null) {
            throw new GeneralSecurityException("the platform has no X.509 trust manager");
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new PinningTrustManager(Set.copyOf(pins), platform)}, null);
        return context;
    }

    private boolean pinned(X509Certificate[] chain) {
        return chain != null && chain.length > 0 && pins.contains(CertificateInfo.fingerprint(chain[0]));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        if (!pinned(chain)) {
            fallback.checkServerTrusted(chain, authType, engine);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        if (!pinned(chain)) {
            fallback.checkServerTrusted(chain, authType, socket);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        if (!pinned(chain)) {
            fallback.checkServerTrusted(chain, authType);
        }
    }

    /** A client context: it never judges client certificates. */
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        throw new CertificateException("a client's trust manager does not check clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        throw new CertificateException("a client's trust manager does not check clients");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("a client's trust manager does not check clients");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return fallback.getAcceptedIssuers();
    }
}
