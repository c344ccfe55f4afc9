package org.socketworkbench.sockets;

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
        create("tcp", id -> connect(id, host, port));
    }

    /** create("tcp") then listen; with {@code autoAccept} every connection is accepted and read. */
    public void openTcpServer(String address, int port, Integer backlog, boolean autoAccept) {
        create("tcp", id -> listen(id, address, port, backlog, autoAccept));
    }

    /**
     * A TLS server (the engine's setServerTls): create("tcp"), setServerTls, listen; accepted
     * connections are read once their handshake is done (a failed one shows on its row).
     */
    public void openTlsServer(String address, int port, Integer backlog, boolean autoAccept, TlsServerOptions tls) {
        create("tcp", id -> listenTls(id, address, port, backlog, autoAccept, tls));
    }

    /** setServerTls then listen, on an existing socket. */
    public void listenTls(int id, String address, int port, Integer backlog, boolean autoAccept, TlsServerOptions tls) {
        engine.setServerTls(id, tls, result -> {
            if (report(id, "set server TLS", result)) {
                listen(id, address, port, backlog, autoAccept);
            }
        });
    }

    /** create("udp"), multicast settings (which must precede bind), bind; datagrams are received continuously. */
    public void openUdp(UdpSetup setup) {
        openUdp(setup, null);
    }

    /** As {@link #openUdp(UdpSetup)}, then joins {@code group} (when not null) once bound. */
    public void openUdp(UdpSetup setup, String group) {
        create("udp", id -> {
            if (setup.multicastInterface() != null) {
                engine.setMulticastInterface(id, setup.multicastInterface(),
                        result -> report(id, "set multicast interface " + setup.multicastInterface(), result));
            }
            engine.setMulticastTimeToLive(id, setup.timeToLive(),
                    result -> report(id, "set multicast TTL " + setup.timeToLive(), result));
            engine.setMulticastLoopbackMode(id, setup.loopback(),
                    result -> report(id, "set multicast loopback " + onOff(setup.loopback()), result));
            if (setup.broadcast()) {
                setBroadcast(id, true);
            }
            engine.bind(id, setup.bindAddress(), setup.port(), result -> {
                if (report(id, "bind to " + setup.bindAddress() + ":" + setup.port(), result)) {
                    pump.ensureUdp(id);
                    if (group != null) {
                        joinGroup(id, group);
                    }
                }
            });
        });
    }

    /**
     * Opens a UDP socket as {@code setup} says and sends one datagram once it is bound (a
     * broadcast, a Wake-on-LAN packet); the socket stays, so its row shows what happened.
     */
    public void sendOnce(UdpSetup setup, String address, int port, byte[] data) {
        create("udp", id -> {
            engine.setBroadcast(id, setup.broadcast(), result -> report(id, "set broadcast " + onOff(setup.broadcast()),
                    result));
            engine.bind(id, setup.bindAddress(), setup.port(), result -> {
                if (report(id, "bind to " + setup.bindAddress() + ":" + setup.port(), result)) {
                    pump.ensureUdp(id);
                    sendTo(id, data, address, port, written -> { });
                }
            });
        });
    }

    private void create(String type, IntConsumer next) {
        engine.create(type, null, info -> {
            if (report(info.socketId() > 0 ? info.socketId() : 0, "create " + type, info.socketId() > 0 ? 0 : -1)) {
                if (type.equals("tcp")) {
                    keepWriteOpen(info.socketId());
                }
                next.accept(info.socketId());
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
                report(id, "keep the write side open after the peer's FIN", result);
            }
        });
    }

    // ---------------------------------------------------------------- chrome.socket operations

    public void connect(int id, String host, int port) {
        endpoints.put(id, new Endpoint(host, port));
        engine.connect(id, host, port, result -> {
            if (report(id, "connect to " + host + ":" + port, result)) {
                startReceiving(id);
            }
        });
    }

    public void bind(int id, String address, int port) {
        engine.bind(id, address, port, result -> {
            if (report(id, "bind to " + address + ":" + port, result)) {
                pump.ensureUdp(id);
            }
        });
    }

    public void listen(int id, String address, int port, Integer backlog, boolean autoAccept) {
        engine.listen(id, address, port, backlog, result -> {
            if (report(id, "listen on " + address + ":" + port, result) && autoAccept) {
                acceptLoop(id);
            }
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
        if (!report(serverId, "accept", info.resultCode())) {
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
        OperationOutcome outcome = OperationOutcome.of(id, "disconnect", 0, Optional.empty());
        uiExecutor.execute(() -> outcomes.accept(outcome));
    }

    public void destroy(int id) {
        endpoints.remove(id);
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
            if (report(id, "secure (TLS)", result)) {
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
        engine.setBroadcast(id, enabled, result -> report(id, "set broadcast " + onOff(enabled), result));
    }

    /** What TLS negotiated, for the details pane; null for a socket that is no TLS connection. */
    public void getTlsInfo(int id, Consumer<TlsInfo> details) {
        engine.getTlsInfo(id, info -> uiExecutor.execute(() -> details.accept(info)));
    }

    public void setNoDelay(int id, boolean noDelay) {
        engine.setNoDelay(id, noDelay, ok -> report(id, "set no-delay " + onOff(noDelay), ok ? 0 : -2));
    }

    public void setKeepAlive(int id, boolean enable, int delaySeconds) {
        engine.setKeepAlive(id, enable, delaySeconds,
                ok -> report(id, "set keep-alive " + onOff(enable) + " (" + delaySeconds + " s)", ok ? 0 : -2));
    }

    public void joinGroup(int id, String group) {
        engine.joinGroup(id, group, result -> report(id, "join " + group, result));
    }

    public void leaveGroup(int id, String group) {
        engine.leaveGroup(id, group, result -> report(id, "leave " + group, result));
    }

    public void setMulticastTimeToLive(int id, int ttl) {
        engine.setMulticastTimeToLive(id, ttl, result -> report(id, "set multicast TTL " + ttl, result));
    }

    public void setMulticastLoopbackMode(int id, boolean enabled) {
        engine.setMulticastLoopbackMode(id, enabled,
                result -> report(id, "set multicast loopback " + onOff(enabled), result));
    }

    public void getInfo(int id, Consumer<SocketInfo> details) {
        engine.getInfo(id, info -> {
            if (info == null) {
                report(id, "get info", -1);
            } else {
                uiExecutor.execute(() -> details.accept(info));
            }
        });
    }

    /** write() to a connected socket. */
    public void write(int id, byte[] data, Callback<WriteInfo> done) {
        engine.write(id, data, written -> {
            report(id, "write " + data.length + " bytes", written.bytesWritten());
            done.onResult(written);
        });
    }

    /** sendTo() from a bound UDP socket. */
    public void sendTo(int id, byte[] data, String address, int port, Callback<WriteInfo> done) {
        engine.sendTo(id, data, address, port, written -> {
            int result = written == null ? -1 : written.bytesWritten();
            report(id, "send " + data.length + " bytes to " + address + ":" + port, result);
            done.onResult(written == null ? new WriteInfo(-1) : written);
        });
    }

    private void startReceiving(int id) {
        pump.ensureTcp(id);
    }

    /** Reports an outcome; returns whether it succeeded. Runs inside the callback, so lastError is visible. */
    private boolean report(int id, String operation, Integer result) {
        int code = result == null ? -1 : result;
        OperationOutcome outcome = OperationOutcome.of(id, operation, code, engine.lastError());
        uiExecutor.execute(() -> outcomes.accept(outcome));
        return outcome.succeeded();
    }

    private static String onOff(boolean value) {
        return value ? "on" : "off";
    }
}
