package org.socketworkbench.sockets;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.TLSVersionConstraints;
import org.socketworkbench.engine.WriteInfo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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

    /**
     * @param outcomes   receives every outcome, on {@code uiExecutor}
     * @param uiExecutor where outcomes and details are delivered (the UI thread, batched)
     */
    public SocketActions(SocketEngine engine, Consumer<OperationOutcome> outcomes, Executor uiExecutor) {
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
        SecureOptions options = min == null && max == null ? null
                : new SecureOptions(new TLSVersionConstraints(min, max));
        engine.secure(id, options, result -> {
            if (report(id, "secure (TLS)", result)) {
                startReceiving(id);
            }
        });
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
