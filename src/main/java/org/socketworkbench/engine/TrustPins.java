package org.socketworkbench.engine;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Extension: certificates trusted for one endpoint each, by the SHA-256 fingerprint of the leaf
 * (see {@link TlsClientOptions#pinnedSha256()}), given to an engine with
 * {@link SocketEngine.Builder#trustPins}: every secure() on that engine to HOST:PORT (the name
 * given to connect, the peer's port) accepts those certificates too. The headless {@code run}
 * command builds one from {@code --trust-pin}; nothing else does, so scripts never see the pins
 * the GUI keeps.
 */
public final class TrustPins {

    public static final TrustPins NONE = new TrustPins(Map.of());

    private final Map<String, Set<String>> byEndpoint;

    private TrustPins(Map<String, Set<String>> byEndpoint) {
        this.byEndpoint = byEndpoint;
    }

    /** One more pin; the fingerprint in any case, with or without colons (64 hex digits). */
    public TrustPins with(String host, int port, String sha256) {
        Map<String, Set<String>> copy = new HashMap<>();
        byEndpoint.forEach((endpoint, pins) -> copy.put(endpoint, new HashSet<>(pins)));
        copy.computeIfAbsent(endpoint(host, port), e -> new HashSet<>()).add(TlsClientOptions.normalizeFingerprint(sha256));
        Map<String, Set<String>> frozen = new HashMap<>();
        copy.forEach((endpoint, pins) -> frozen.put(endpoint, Set.copyOf(pins)));
        return new TrustPins(Map.copyOf(frozen));
    }

    /** The fingerprints pinned for HOST:PORT (host names compare without case); empty when none. */
    public Set<String> forEndpoint(String host, int port) {
        return host == null ? Set.of() : byEndpoint.getOrDefault(endpoint(host, port), Set.of());
    }

    public boolean isEmpty() {
        return byEndpoint.isEmpty();
    }

    private static String endpoint(String host, int port) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        return bare.toLowerCase(Locale.ROOT) + "|" + port;
    }
}
