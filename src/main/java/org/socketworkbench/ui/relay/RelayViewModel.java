package org.socketworkbench.ui.relay;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.socketworkbench.certificates.CertificateProblem;
import org.socketworkbench.certificates.SelfSignedCertificates;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.i18n.Texts;
import org.socketworkbench.relay.Conversation;
import org.socketworkbench.relay.LegTls;
import org.socketworkbench.relay.Relay;
import org.socketworkbench.relay.RelayDirection;
import org.socketworkbench.relay.RelayForm;
import org.socketworkbench.relay.RelayHop;
import org.socketworkbench.relay.RelayEndpoints;
import org.socketworkbench.relay.RelayListener;
import org.socketworkbench.relay.RelaySettings;
import org.socketworkbench.relay.RelayTls;
import org.socketworkbench.relay.RelayTlsRequest;
import org.socketworkbench.relay.RelayTotals;
import org.socketworkbench.traffic.FlowRoute;
import org.socketworkbench.ui.Units;
import org.socketworkbench.workspace.RelayHost;
import org.socketworkbench.workspace.RelayPart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The relay form's model: the values typed (kept as typed, also when refused), start and stop,
 * a live edit of the impairments of the running relay, the status line (the seed, or what is wrong
 * with the allowed range) and one line per conversation, refreshed by the pane's pulse. FX thread,
 * except the relay's own threads, which reach it through {@code fx}.
 */
public final class RelayViewModel implements RelayHost {

    static final String IDLE = "relay.status.idle";
    static final String STARTING = "relay.status.starting";

    private final SocketEngine engine;
    private final Executor fx;
    private final Map<String, String> values = new HashMap<>(RelayForm.defaults());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get(IDLE));
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<String> conversations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper figures = new ReadOnlyStringWrapper("");
    private final RelayRates meter = new RelayRates();
    private final SelfSignedCertificates selfSigned;
    /** Volatile: the capture asks {@link #routeOf} on the engine's threads. */
    private volatile Relay relay;
    /** The TLS the running relay was asked for (a workspace saves it). */
    private RelayTlsRequest relayTls = RelayTlsRequest.NONE;
    /** The start in progress while its certificate is read (off the FX thread), or null. */
    private Object loading;

    public RelayViewModel(SocketEngine engine, Executor fx) {
        this(engine, fx, null);
    }

    /**
     * @param selfSigned where a self-signed certificate for the client leg is kept (the same one on
     *                   every start), or null for a new one each start
     */
    public RelayViewModel(SocketEngine engine, Executor fx, SelfSignedCertificates selfSigned) {
        this.engine = engine;
        this.fx = fx;
        this.selfSigned = selfSigned;
    }

    public String value(String key) {
        return values.getOrDefault(key, "");
    }

    public void set(String key, String value) {
        values.put(key, value == null ? "" : value);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running relay's live figures (bytes each way, connections, throughput), refreshed by the pulse. */
    public ReadOnlyStringProperty figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    public ObservableList<String> conversations() {
        return conversations;
    }

    /** The running relay's listening socket, -1 when none (its legs sit under it in the socket list). */
    public int listenSocketId() {
        return relay == null ? -1 : relay.listenSocketId();
    }

    /** For the socket list: the relay's listening socket for its server legs, -1 for other sockets. */
    public int parentOf(int socketId) {
        Relay current = relay;
        return current == null ? -1 : current.parentOf(socketId);
    }

    /**
     * For the traffic capture ({@link org.socketworkbench.traffic.FlowRoutes}), on the engine's
     * threads: the running relay's conversation and way for a payload on one of its legs. Here,
     * not in {@code relay}, so that the relay need not know the traffic tap.
     */
    public Optional<FlowRoute> routeOf(TrafficEvent event) {
        Relay current = relay;
        return current == null ? Optional.empty() : current.classify(event).map(RelayViewModel::route);
    }

    private static FlowRoute route(RelayHop hop) {
        return new FlowRoute(hop.conversation().number(), hop.direction() == RelayDirection.CLIENT_TO_SERVER
                ? FlowRoute.Way.CLIENT_TO_SERVER : FlowRoute.Way.SERVER_TO_CLIENT);
    }

    /** Starts a relay from the form; false (and the status says why) when a value is refused. */
    public boolean start() {
        if (relay != null || loading != null) {
            return false;
        }
        RelayForm.Outcome outcome = RelayForm.read(values);
        if (!outcome.ok()) {
            status.set(String.join("; ", outcome.problems()));
            return false;
        }
        start(outcome.endpoints().orElseThrow(), outcome.settings().orElseThrow(), outcome.tls().orElseThrow());
        return true;
    }

    /**
     * Starts a relay with these values; the future gets listen's result code, or fails with the
     * certificate's problem (the status says it too).
     */
    private CompletableFuture<Integer> start(RelayEndpoints endpoints, RelaySettings settings, RelayTlsRequest tls) {
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        Object attempt = new Object();
        loading = attempt;
        running.set(true);
        status.set(Texts.get(STARTING));
        // reading a certificate file or making a key pair can take longer than a frame
        Thread.ofVirtual().start(() -> {
            try {
                RelayTls loaded = tls.load(selfSigned);
                fx.execute(() -> {
                    if (loading == attempt) {
                        loading = null;
                        relayTls = tls;
                        launch(Relay.create(engine, endpoints, settings, loaded, RelayListener.NONE), listening);
                    }
                });
            } catch (CertificateProblem e) {
                fx.execute(() -> {
                    if (loading == attempt) {
                        loading = null;
                        running.set(false);
                        status.set(e.getMessage());
                    }
                    listening.completeExceptionally(e);
                });
            }
        });
        return listening;
    }

    /** The running relay with the port it got (a workspace saves it). */
    @Override
    public List<RelayPart> running() {
        Relay current = relay;
        return current == null || current.listenPort() <= 0 ? List.of()
                : List.of(RelayPart.of(current.endpoints(), current.listenPort(), current.settings(), relayTls));
    }

    /** Starts a workspace's relay; the form shows its values. One relay at a time. */
    @Override
    public CompletableFuture<Integer> open(RelayPart part) {
        if (relay != null || loading != null) {
            return CompletableFuture.failedFuture(new IllegalStateException(
                    org.socketworkbench.i18n.Texts.get("workspace.relay.onlyOne")));
        }
        show(part);
        return start(part.endpoints(), part.settings(), part.tlsRequest());
    }

    /** The form's fields for a workspace's relay (the pane reads them when it is shown). */
    private void show(RelayPart part) {
        set(RelayForm.PROTOCOL, part.protocol().socketType());
        set(RelayForm.LISTEN_ADDRESS, part.listenAddress());
        set(RelayForm.LISTEN_PORT, Integer.toString(part.listenPort()));
        set(RelayForm.TARGET_HOST, part.targetHost());
        set(RelayForm.TARGET_PORT, Integer.toString(part.targetPort()));
        set(RelayForm.SEED, Long.toString(part.seed()));
    }

    private void launch(Relay started, CompletableFuture<Integer> listening) {
        relay = started;
        started.start().thenAccept(code -> fx.execute(() -> {
            listening.complete(code);
            if (relay != started) {
                return;
            }
            if (code < 0) {
                relay = null;
                running.set(false);
                status.set(Texts.get("relay.status.cannotListen", NetError.describe(code)));
            } else {
                status.set(runningText(started));
            }
        }));
    }

    /** Applies the form's impairments to the running relay; false (status says why) when refused. */
    public boolean apply() {
        RelayForm.Outcome outcome = RelayForm.readSettings(values);
        if (!outcome.ok()) {
            status.set(String.join("; ", outcome.problems()));
            return false;
        }
        if (relay == null) {
            status.set(Texts.get(IDLE));
            return false;
        }
        relay.update(outcome.settings().orElseThrow());
        status.set(runningText(relay));
        return true;
    }

    public void stop() {
        Relay stopping = relay;
        if (loading != null) {
            status.set(Texts.get(IDLE));
        }
        relay = null;
        loading = null;
        running.set(false);
        meter.reset();
        figures.set("");
        if (stopping != null) {
            // close() waits for the relay's loop briefly: off the FX thread
            Thread.ofVirtual().start(stopping::close);
            status.set(Texts.get(IDLE));
        }
    }

    /** The pulse (the app's PulseDriver, a few times a second): the figures and one line per conversation, newest last. */
    public void refresh() {
        refresh(System.nanoTime());
    }

    void refresh(long nowNanos) {
        if (relay == null) {
            return;
        }
        meter.sample(relay.totals(), nowNanos);
        figures.set(figuresText(meter));
        List<String> lines = relay.conversations().stream().map(RelayViewModel::line).toList();
        if (!lines.equals(conversations)) {
            conversations.setAll(lines);
        }
    }

    static String figuresText(RelayRates meter) {
        RelayTotals totals = meter.totals();
        return Texts.get("relay.figures", Units.bytes(totals.bytesToServer()), rateOrIdle(meter.toServerRate()),
                Units.bytes(totals.bytesToClient()), rateOrIdle(meter.toClientRate()), totals.open(), totals.total());
    }

    private static String rateOrIdle(double rate) {
        return rate <= 0 ? Units.bytes(0) + "/s" : Units.rate(rate);
    }

    private static String runningText(Relay relay) {
        return Texts.get("relay.status.running", relay.endpoints().protocol().socketType(),
                relay.endpoints().listenAddress(), relay.listenPort(), relay.endpoints().targetHost(),
                relay.endpoints().targetPort(), relay.settings().seed(), relay.settings().toServer().describe(),
                relay.settings().toClient().describe(), tlsText(relay.tls()));
    }

    private static String tlsText(RelayTls tls) {
        if (!tls.any()) {
            return "";
        }
        return Texts.get(tls.listen() != null && tls.target() ? "relay.status.tls.both"
                : tls.listen() != null ? "relay.status.tls.client" : "relay.status.tls.target");
    }

    static String line(Conversation c) {
        String result = c.resultCode() < 0 ? " · " + NetError.describe(c.resultCode()) : "";
        String reason = c.reason().isEmpty() ? "" : " · " + c.reason();
        return Texts.get("relay.line", c.number(), c.clientAddress(), c.clientPort(), c.clientSocketId(),
                c.serverSocketId(), Texts.get("relay.state." + c.state().name()),
                c.stats(RelayDirection.CLIENT_TO_SERVER).bytesOut(), c.stats(RelayDirection.SERVER_TO_CLIENT).bytesOut(),
                c.stats(RelayDirection.CLIENT_TO_SERVER).dropped() + c.stats(RelayDirection.SERVER_TO_CLIENT).dropped(),
                result, reason) + legTls("relay.leg.client", c.clientTls()) + legTls("relay.leg.target", c.targetTls());
    }

    /** A TLS leg's protocol, cipher suite, ALPN and the peer certificate's SHA-256; nothing for a plain leg. */
    static String legTls(String legKey, LegTls tls) {
        if (tls == null) {
            return "";
        }
        return Texts.get("relay.leg.tls", Texts.get(legKey), tls.protocol(), tls.cipherSuite(),
                tls.alpn() == null ? "" : Texts.get("relay.leg.alpn", tls.alpn()),
                tls.peerSha256() == null ? "" : Texts.get("relay.leg.peer", tls.peerSha256()));
    }
}
