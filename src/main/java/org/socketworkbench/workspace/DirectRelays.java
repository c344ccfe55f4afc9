package org.socketworkbench.workspace;

import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.relay.Relay;
import org.socketworkbench.relay.RelayListener;
import org.socketworkbench.relay.RelayTls;
import org.socketworkbench.relay.RelayTlsRequest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Relays held here, any number of them, for a bench without the relay form (the command line,
 * tests). Thread-safe.
 */
public final class DirectRelays implements RelayHost, AutoCloseable {

    private final SocketEngine engine;
    private final SelfSignedCertificates selfSigned;
    private final Map<Relay, RelayTlsRequest> running = new ConcurrentHashMap<>();

    /** @param selfSigned where self-signed certificates are kept, or null for a new one each start */
    public DirectRelays(SocketEngine engine, SelfSignedCertificates selfSigned) {
        this.engine = engine;
        this.selfSigned = selfSigned;
    }

    @Override
    public List<RelayPart> running() {
        List<RelayPart> parts = new ArrayList<>();
        running.forEach((relay, tls) -> {
            if (relay.listenPort() > 0) {
                parts.add(RelayPart.of(relay.endpoints(), relay.listenPort(), relay.settings(), tls));
            }
        });
        parts.sort(java.util.Comparator.comparingInt(RelayPart::listenPort));
        return parts;
    }

    @Override
    public CompletableFuture<Integer> open(RelayPart part) {
        RelayTlsRequest request = part.tlsRequest();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return request.load(selfSigned);
            } catch (CertificateProblem e) {
                throw new CompletionException(e);
            }
        }, task -> Thread.ofVirtual().name("relay-certificate").start(task)).thenCompose(tls -> start(part, tls, request));
    }

    private CompletableFuture<Integer> start(RelayPart part, RelayTls tls, RelayTlsRequest request) {
        Relay relay = Relay.create(engine, part.endpoints(), part.settings(), tls, RelayListener.NONE);
        return relay.start().thenApply(code -> {
            if (code < 0) {
                relay.close();
            } else {
                running.put(relay, request);
            }
            return code;
        });
    }

    @Override
    public void close() {
        running.keySet().forEach(Relay::close);
        running.clear();
    }
}
