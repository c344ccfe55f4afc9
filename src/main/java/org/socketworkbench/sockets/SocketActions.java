package org.socketworkbench.sockets;

import org.socketworkbench.certificates.ServerTlsRequest;
import org.socketworkbench.certificates.TrustedCertificates;
import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TLSVersionConstraints;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.engine.WriteInfo;
import org.socketworkbench.i18n.Texts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Every chrome.socket operation the workbench offers, as one call each, with its outcome
 * reported to one sink (notifications, the socket's row). Sockets it opens keep a read pending
 * ({@link ReceivePump}); servers may accept automatically. No JavaFX: the plumbing (read loops,
 * accept loops, set-up chains) runs on the engine's own callback thread, and only what the user
 * sees — outcomes and getInfo details — is handed to {@code uiExecutor}, so a flood of traffic
 * never keeps the UI thread busy.
 */
public final class SocketActions {

    private final SocketEngine engine;
    private final ReceivePump pump;
    private final Consumer<OperationOutcome> outcomes;
    private final Executor uiExecutor;
    private final TrustedCertificates trusted;
    private final Map<Integer, Endpoint> endpoints = new ConcurrentHashMap<>();
    private final Map<Integer, ServerSetup> servers = new ConcurrentHashMap<>();
    private final Map<Integer, UdpOpening> udpSockets = new ConcurrentHashMap<>();

    /** A completion nobody waits for. */
    private static final Consumer<OperationOutcome> NOBODY = outcome -> { };

    /**
     * @param outcomes   receives every outcome, on {@code uiExecutor}
     * @param uiExecutor where outcomes and details are delivered (the UI thread, batched)
     */
    public SocketActions(SocketEngine engine, Consumer<OperationOutcome> outcomes, Executor uiExecutor) {
        this(engine, outcomes, uiExecutor, new TrustedCertificates());
    }

    /** @param trusted certificates the user trusts per endpoint (kept in settings by the app) */
    public SocketActions(SocketEngine engine, Consumer<OperationOutcome> outcomes, Executor uiExecutor,
                         TrustedCertificates trusted) {
        this.trusted = trusted;
        this.engine = engine;
        this.pump = new ReceivePump(engine);
        this.outcomes = outcomes;
        this.uiExecutor = uiExecutor;
    }

    public SocketEngine engine() {
        return engine;
    }

    // ---------------------------------------------------------------- opening sockets

    /** create("tcp") then connect; the connection is read continuously. */
    public void openTcpClient(String host, int port) {
        openTcpClient(host, port, NOBODY);
    }

    /**
     * As {@link #openTcpClient(String, int)}; {@code done} gets the outcome of the step that ended
     * the set-up (connect, or the first that failed), on the engine's callback thread.
     */
    public void openTcpClient(String host, int port, Consumer<OperationOutcome> done) {
        create("tcp", id -> connect(id, host, port, done), done);
    }

    /** create("tcp") then listen; with {@code autoAccept} every connection is accepted and read. */
    public void openTcpServer(String address, int port, Integer backlog, boolean autoAccept) {
        openServer(new ServerSetup(address, port, backlog, autoAccept, null), null, NOBODY);
    }

    /**
     * A TLS server (the engine's setServerTls): create("tcp"), setServerTls, listen; accepted
     * connections are read once their handshake is done (a failed one shows on its row).
     */
    public void openTlsServer(String address, int port, Integer backlog, boolean autoAccept, TlsServerOptions tls) {
        openServer(new ServerSetup(address, port, backlog, autoAccept, null), tls, NOBODY);
    }

    /**
     * A TCP server as {@code setup} says, TLS when {@code tls} is not null ({@code setup.tls()}
     * then says where its certificate came from, so a workspace can open it again); {@code done}
     * gets the outcome of the step that ended the set-up (listen, or the first that failed).
     */
    public void openServer(ServerSetup setup, TlsServerOptions tls, Consumer<OperationOutcome> done) {
        create("tcp", id -> {
            if (tls == null) {
                listen(id, setup, done);
            } else {
                listenTls(id, setup, tls, done);
            }
        }, done);
    }

    /** setServerTls then listen, on an existing socket. */
    public void listenTls(int id, String address, int port, Integer backlog, boolean autoAccept, TlsServerOptions tls) {
        listenTls(id, new ServerSetup(address, port, backlog, autoAccept, null), tls, NOBODY);
    }

    private void listenTls(int id, ServerSetup setup, TlsServerOptions tls, Consumer<OperationOutcome> done) {
        engine.setServerTls(id, tls, result -> {
            OperationOutcome outcome = report(id, op("set.serverTls"), result, NOBODY);
            if (outcome.succeeded()) {
                listen(id, setup, done);
            } else {
                done.accept(outcome);
            }
        });
    }

    /** create("udp"), multicast settings (which must precede bind), bind; datagrams are received continuously. */
    public void openUdp(UdpSetup setup) {
        openUdp(setup, List.of(), NOBODY);
    }

    /** As {@link #openUdp(UdpSetup)}, then joins {@code group} (when not null) once bound. */
    public void openUdp(UdpSetup setup, String group) {
        openUdp(setup, group == null ? List.of() : List.of(group), NOBODY);
    }

    /**
     * As {@link #openUdp(UdpSetup)}, then joins {@code groups} one after the other once bound;
     * {@code done} gets the outcome of the step that ended the set-up (the last join or bind, or
     * the first that failed).
     */
    public void openUdp(UdpSetup setup, List<String> groups, Consumer<OperationOutcome> done) {
        create("udp", id -> {
            udpSockets.put(id, new UdpOpening(setup));
            if (setup.multicastInterface() != null) {
                engine.setMulticastInterface(id, setup.multicastInterface(),
                        result -> report(id, op("set.multicastInterface", setup.multicastInterface()), result));
            }
            engine.setMulticastTimeToLive(id, setup.timeToLive(),
                    result -> report(id, op("set.multicastTtl", setup.timeToLive()), result));
            engine.setMulticastLoopbackMode(id, setup.loopback(),
                    result -> report(id, op("set.multicastLoopback", onOff(setup.loopback())), result));
            if (setup.broadcast()) {
                setBroadcast(id, true);
            }
            engine.bind(id, setup.bindAddress(), setup.port(), result -> {
                OperationOutcome bound = report(id, op("bind", setup.bindAddress() + ":" + setup.port()), result, NOBODY);
                if (bound.succeeded()) {
                    pump.ensureUdp(id);
                    joinInTurn(id, List.copyOf(groups), 0, bound, done);
                } else {
                    done.accept(bound);
                }
            });
        }, done);
    }

    private void joinInTurn(int id, List<String> groups, int next, OperationOutcome last, Consumer<OperationOutcome> done) {
        if (next == groups.size()) {
            done.accept(last);
            return;
        }
        String group = groups.get(next);
        engine.joinGroup(id, group, result -> {
            OperationOutcome joined = report(id, op("join", group), result, NOBODY);
            if (joined.succeeded()) {
                joinInTurn(id, groups, next + 1, joined, done);
            } else {
                done.accept(joined);
            }
        });
    }

    /**
     * Opens a UDP socket as {@code setup} says and sends one datagram once it is bound (a
     * broadcast, a Wake-on-LAN packet); the socket stays, so its row shows what happened.
     */
    public void sendOnce(UdpSetup setup, String address, int port, byte[] data) {
        create("udp", id -> {
            engine.setBroadcast(id, setup.broadcast(), result -> report(id, op("set.broadcast", onOff(setup.broadcast())),
                    result));
            engine.bind(id, setup.bindAddress(), setup.port(), result -> {
                if (report(id, op("bind", setup.bindAddress() + ":" + setup.port()), result)) {
                    pump.ensureUdp(id);
                    sendTo(id, data, address, port, written -> { });
                }
            });
        });
    }

    private void create(String type, IntConsumer next) {
        create(type, next, NOBODY);
    }

    private void create(String type, IntConsumer next, Consumer<OperationOutcome> failed) {
        engine.create(type, null, info -> {
            OperationOutcome created = report(info.socketId() > 0 ? info.socketId() : 0, op("create", type),
                    info.socketId() > 0 ? 0 : -1, NOBODY);
            if (created.succeeded()) {
                if (type.equals("tcp")) {
                    keepWriteOpen(info.socketId());
                }
                next.accept(info.socketId());
            } else {
                failed.accept(created);
            }
        });
    }

    /**
     * Workbench TCP sockets (and the connections a server accepts) keep their write side open
     * after the peer's FIN, so a peer that half-closes (ncat, socat at the end of their input)
     * still gets what we send; the row then says "peer closed its side". chrome.socket scripts
     * keep Chrome's behaviour: they never call this.
     */
    private void keepWriteOpen(int id) {
        engine.setKeepWriteOpenOnPeerClose(id, true, result -> {
            if (result != 0) {
                report(id, op("keep.writeSide"), result);
            }
        });
    }

    // ---------------------------------------------------------------- chrome.socket operations

    public void connect(int id, String host, int port) {
        connect(id, host, port, NOBODY);
    }

    private void connect(int id, String host, int port, Consumer<OperationOutcome> done) {
        endpoints.put(id, new Endpoint(host, port));
        engine.connect(id, host, port, result -> {
            OperationOutcome outcome = report(id, op("connect", host + ":" + port), result, NOBODY);
            if (outcome.succeeded()) {
                startReceiving(id);
            }
            done.accept(outcome);
        });
    }

    public void bind(int id, String address, int port) {
        engine.bind(id, address, port, result -> {
            if (report(id, op("bind", address + ":" + port), result)) {
                pump.ensureUdp(id);
            }
        });
    }

    public void listen(int id, String address, int port, Integer backlog, boolean autoAccept) {
        listen(id, new ServerSetup(address, port, backlog, autoAccept, null), NOBODY);
    }

    private void listen(int id, ServerSetup setup, Consumer<OperationOutcome> done) {
        servers.put(id, setup);
        engine.listen(id, setup.address(), setup.port(), setup.backlog(), result -> {
            OperationOutcome outcome = report(id, op("listen", setup.address() + ":" + setup.port()), result, NOBODY);
            if (outcome.succeeded() && setup.autoAccept()) {
                acceptLoop(id);
            }
            done.accept(outcome);
        });
    }

    /** Accepts one connection (manual accept). */
    public void accept(int serverId) {
        engine.accept(serverId, info -> onAccepted(serverId, info));
    }

    private void acceptLoop(int serverId) {
        engine.accept(serverId, info -> {
            if (onAccepted(serverId, info)) {
                acceptLoop(serverId);
            }
        });
    }

    private boolean onAccepted(int serverId, AcceptInfo info) {
        if (!report(serverId, op("accept"), info.resultCode())) {
            return false;
        }
        PayloadReceiver receiver = pump.receiver(serverId);
        if (receiver != null) {
            pump.attach(info.socketId(), receiver);
        }
        pump.ensureTcp(info.socketId());
        return true;
    }

    /**
     * {@code receiver} sees every payload {@code socketId} receives from now on; on a TCP server,
     * every connection it has accepted and will accept. Null detaches.
     */
    public void attachReceiver(int socketId, PayloadReceiver receiver) {
        List<Integer> targets = new ArrayList<>();
        targets.add(socketId);
        engine.sockets().stream().filter(s -> s.parentId() == socketId).forEach(s -> targets.add(s.socketId()));
        for (int id : targets) {
            if (receiver == null) {
                pump.detach(id);
            } else {
                pump.attach(id, receiver);
            }
        }
    }

    /** The receiver attached to {@code socketId}, or null. */
    public PayloadReceiver receiver(int socketId) {
        return pump.receiver(socketId);
    }

    public void disconnect(int id) {
        engine.disconnect(id);
        OperationOutcome outcome = outcome(id, op("disconnect"), 0, Optional.empty());
        uiExecutor.execute(() -> outcomes.accept(outcome));
    }

    public void destroy(int id) {
        endpoints.remove(id);
        servers.remove(id);
        udpSockets.remove(id);
        engine.destroy(id);
    }

    /**
     * Destroys many sockets (a selection, "remove closed") on a virtual thread: closing thousands
     * of channels takes longer than a frame, and the rows go as the engine reports each one gone.
     */
    public void destroyAll(Collection<Integer> ids) {
        List<Integer> copy = List.copyOf(ids);
        if (!copy.isEmpty()) {
            Thread.ofVirtual().name("destroy-sockets").start(() -> copy.forEach(this::destroy));
        }
    }

    /** Disconnects many sockets on a virtual thread, each with its outcome (see {@link #destroyAll}). */
    public void disconnectAll(Collection<Integer> ids) {
        List<Integer> copy = List.copyOf(ids);
        if (!copy.isEmpty()) {
            Thread.ofVirtual().name("disconnect-sockets").start(() -> copy.forEach(this::disconnect));
        }
    }

    /** secure() with optional bounds ("tls1.2", "tls1.3"; null for the default). */
    public void secure(int id, String min, String max) {
        secure(id, min, max, List.of(), null, code -> { });
    }

    /**
     * secure() with the engine's extensions: ALPN protocols, an SNI name (null: connect's), and
     * the certificates trusted for the endpoint this socket connected to ({@link TrustedCertificates},
     * which the user fills from a failed secure). {@code failed} gets the result code of a
     * failure (on the UI executor), so the caller can offer to trust the certificate.
     */
    public void secure(int id, String min, String max, List<String> alpn, String serverName, IntConsumer failed) {
        SecureOptions options = min == null && max == null ? null
                : new SecureOptions(new TLSVersionConstraints(min, max));
        Endpoint endpoint = endpoints.get(id);
        Set<String> pins = endpoint == null ? Set.of() : trusted.pinsFor(endpoint.host(), endpoint.port());
        engine.secure(id, options, new TlsClientOptions(alpn, serverName, pins), result -> {
            if (report(id, op("secure"), result)) {
                startReceiving(id);
            } else if (result != null) {
                uiExecutor.execute(() -> failed.accept(result));
            }
        });
    }

    /** The host and port this socket was last asked to connect to, for trusting its certificate. */
    public Optional<Endpoint> endpointOf(int id) {
        return Optional.ofNullable(endpoints.get(id));
    }

    /** How a TCP server opened here was asked to listen (a workspace saves it), if it was. */
    public Optional<ServerSetup> serverSetupOf(int id) {
        return Optional.ofNullable(servers.get(id));
    }

    /** How a UDP socket opened here was set up (a workspace saves it), if it was. */
    public Optional<UdpSetup> udpSetupOf(int id) {
        return Optional.ofNullable(udpSockets.get(id)).map(UdpOpening::setup);
    }

    /**
     * How a TCP server was asked to listen.
     *
     * @param address    local IP literal
     * @param port       local port as asked (0: any)
     * @param backlog    the listen queue, or null for chrome.socket's default
     * @param autoAccept whether every connection is accepted and read
     * @param tls        where a TLS server's certificate came from (the request the form or a
     *                   workspace made), or null for plain TCP
     */
    public record ServerSetup(String address, int port, Integer backlog, boolean autoAccept, ServerTlsRequest tls) {
    }

    private record UdpOpening(UdpSetup setup) {
    }

    /** The HOST:PORT a socket connected to, as the user typed it. */
    public record Endpoint(String host, int port) {

        /** "host:port", an IPv6 host in brackets. */
        public String text() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }

    public TrustedCertificates trusted() {
        return trusted;
    }

    /** SO_BROADCAST on a UDP socket (the engine's setBroadcast). */
    public void setBroadcast(int id, boolean enabled) {
        engine.setBroadcast(id, enabled, result -> report(id, op("set.broadcast", onOff(enabled)), result));
    }

    /** What TLS negotiated, for the details pane; null for a socket that is no TLS connection. */
    public void getTlsInfo(int id, Consumer<TlsInfo> details) {
        engine.getTlsInfo(id, info -> uiExecutor.execute(() -> details.accept(info)));
    }

    public void setNoDelay(int id, boolean noDelay) {
        engine.setNoDelay(id, noDelay, ok -> report(id, op("set.noDelay", onOff(noDelay)), ok ? 0 : -2));
    }

    public void setKeepAlive(int id, boolean enable, int delaySeconds) {
        engine.setKeepAlive(id, enable, delaySeconds,
                ok -> report(id, op("set.keepAlive", onOff(enable), delaySeconds), ok ? 0 : -2));
    }

    public void joinGroup(int id, String group) {
        engine.joinGroup(id, group, result -> report(id, op("join", group), result));
    }

    public void leaveGroup(int id, String group) {
        engine.leaveGroup(id, group, result -> report(id, op("leave", group), result));
    }

    public void setMulticastTimeToLive(int id, int ttl) {
        engine.setMulticastTimeToLive(id, ttl, result -> report(id, op("set.multicastTtl", ttl), result));
    }

    public void setMulticastLoopbackMode(int id, boolean enabled) {
        engine.setMulticastLoopbackMode(id, enabled,
                result -> report(id, op("set.multicastLoopback", onOff(enabled)), result));
    }

    public void getInfo(int id, Consumer<SocketInfo> details) {
        engine.getInfo(id, info -> {
            if (info == null) {
                report(id, op("get.info"), -1);
            } else {
                uiExecutor.execute(() -> details.accept(info));
            }
        });
    }

    /** write() to a connected socket. */
    public void write(int id, byte[] data, Callback<WriteInfo> done) {
        engine.write(id, data, written -> {
            report(id, op("write", data.length), written.bytesWritten());
            done.onResult(written);
        });
    }

    /** sendTo() from a bound UDP socket. */
    public void sendTo(int id, byte[] data, String address, int port, Callback<WriteInfo> done) {
        engine.sendTo(id, data, address, port, written -> {
            int result = written == null ? -1 : written.bytesWritten();
            report(id, op("send", data.length, address + ":" + port), result);
            done.onResult(written == null ? new WriteInfo(-1) : written);
        });
    }

    private void startReceiving(int id) {
        pump.ensureTcp(id);
    }

    /** Reports an outcome; returns whether it succeeded. Runs inside the callback, so lastError is visible. */
    private boolean report(int id, Operation operation, Integer result) {
        return report(id, operation, result, NOBODY).succeeded();
    }

    /** Reports an outcome and returns it; {@code also} gets it too, on this (the callback's) thread. */
    private OperationOutcome report(int id, Operation operation, Integer result, Consumer<OperationOutcome> also) {
        int code = result == null ? -1 : result;
        OperationOutcome outcome = outcome(id, operation, code, engine.lastError());
        uiExecutor.execute(() -> outcomes.accept(outcome));
        also.accept(outcome);
        return outcome;
    }

    private static String onOff(boolean value) {
        return Texts.get(value ? "sockets.value.on" : "sockets.value.off");
    }

    /**
     * An operation: its verb ("connect", the first segment of its key, which the CLI and the row
     * read in every language) and its words in the current language ({@code sockets.op.<key>}).
     */
    private record Operation(String verb, String text) {
    }

    private static Operation op(String key, Object... args) {
        return new Operation(key.split("\\.", 2)[0], Texts.get("sockets.op." + key, args));
    }

    private static OperationOutcome outcome(int id, Operation operation, int code, Optional<String> lastError) {
        return OperationOutcome.of(id, operation.verb(), operation.text(), code, lastError);
    }
}
