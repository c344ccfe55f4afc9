package org.socketworkbench.relay;

import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.RecvFromInfo;
import org.socketworkbench.engine.SocketEngine;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.engine.WriteInfo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The UDP relay: one bound socket receives from every client; each client address and port is
 * its own flow with its own socket connected to the target, so the server's replies find their
 * way back. A flow idle for {@link #IDLE} (or the idle time given) expires (its socket is
 * destroyed). On the loop.
 */
final class UdpRelay extends Relay {

    static final Duration IDLE = Duration.ofSeconds(60);
    private static final int MAX_DATAGRAM = 65_536;
    private static final int RECEIVE_BUFFER = 4 * 1024 * 1024;
    /** Datagrams a flow keeps while its socket connects. */
    private static final int MAX_EARLY = 256;

    private final Map<String, Flow> flows = new ConcurrentHashMap<>();

    private final Duration idle;

    UdpRelay(SocketEngine engine, RelayEndpoints endpoints, RelaySettings settings, RelayListener listener,
             Duration idle) {
        super(engine, endpoints, settings, RelayTls.NONE, listener);
        if (idle.isNegative() || idle.isZero()) {
            throw new IllegalArgumentException("the idle time must be positive: " + idle); // i18n-ok: programmer error
        }
        this.idle = idle;
    }

    @Override
    protected void open(int socketId, Callback<Integer> result) {
        // every client's datagrams land on this one socket: a big buffer rides out bursts
        engine.setReceiveBufferSize(socketId, RECEIVE_BUFFER, ignored -> { });
        String listen = endpoints.listenAddress();
        if (!RelayEndpoints.isMulticast(listen)) {
            engine.bind(socketId, listen, endpoints.listenPort(), result);
            return;
        }
        // a multicast listen address: bind the group's port on every address, then join the group
        engine.setReuseAddress(socketId, true, ignored -> { });
        onAdapter(socketId);
        String any = listen.contains(":") ? "::" : "0.0.0.0";
        engine.bind(socketId, any, endpoints.listenPort(), loop.then(bound -> {
            if (bound < 0) {
                result.onResult(bound);
            } else {
                engine.joinGroup(socketId, listen, result);
            }
        }));
    }

    /** The multicast adapter, when one is named (before bind or connect). */
    private void onAdapter(int socketId) {
        if (!endpoints.multicastInterface().isBlank()) {
            engine.setMulticastInterface(socketId, endpoints.multicastInterface(), ignored -> { });
        }
    }

    @Override
    protected void serve() {
        receiveFromClients();
        // checked at least twice per idle time, so a flow outlives it by at most half of it
        loop.every(Math.clamp(idle.toMillis() / 2, 1, 1000), this::expireIdle);
    }

    private void receiveFromClients() {
        if (!closed) {
            engine.recvFrom(listenSocketId, MAX_DATAGRAM, loop.then(this::fromClient));
        }
    }

    private void fromClient(RecvFromInfo info) {
        if (closed) {
            return;
        }
        if (info.resultCode() < 0 && !recoverable(info.resultCode())) {
            return;
        }
        receiveFromClients();
        if (info.resultCode() < 0) {
            return;
        }
        flows.computeIfAbsent(key(info.address(), info.port()), k -> newFlow(info.address(), info.port()))
                .fromClient(info.data());
    }

    /** A UDP socket keeps receiving after an error of one datagram (an ICMP report, a truncation). */
    private static boolean recoverable(int code) {
        return code != NetError.CONNECTION_CLOSED.code() && code != NetError.SOCKET_NOT_CONNECTED.code()
                && code != NetError.FAILED.code();
    }

    private Flow newFlow(String address, int port) {
        Conversation conversation = newConversation(address, port, listenSocketId);
        Flow flow = new Flow(conversation, address, port);
        listener.opened(conversation);
        flow.connect();
        return flow;
    }

    private static String key(String address, int port) {
        return address + "|" + port;
    }

    @Override
    protected Conversation conversationOf(TrafficEvent event) {
        if (event.socketId() == listenSocketId) {
            Flow flow = flows.get(key(event.peerAddress(), event.peerPort()));
            return flow == null ? null : flow.conversation;
        }
        return super.conversationOf(event);
    }

    private void expireIdle() {
        long now = System.nanoTime();
        for (Flow flow : List.copyOf(flows.values())) {
            if (now - flow.lastActivity > idle.toNanos()) {
                flow.end(0, RelayMessages.reason(RelayMessages.IDLE));
            }
        }
    }

    @Override
    protected void settingsChanged() {
        // datagram paths read the settings per datagram; nothing waits on a change
    }

    @Override
    protected void closeAll() {
        for (Flow flow : List.copyOf(flows.values())) {
            flow.end(0, RelayMessages.reason(RelayMessages.RELAY_CLOSED));
        }
    }

    /** One client's flow: its upstream socket and the two datagram paths. */
    private final class Flow {
        private final Conversation conversation;
        private final String address;
        private final int port;
        private final DatagramPath toServer;
        private final DatagramPath toClient;
        private final java.util.ArrayDeque<byte[]> early = new java.util.ArrayDeque<>();
        private int upstream = -1;
        private boolean connected;
        private boolean ended;
        private long lastActivity = System.nanoTime();

        Flow(Conversation conversation, String address, int port) {
            this.conversation = conversation;
            this.address = address;
            this.port = port;
            DirectionStats up = conversation.stats(RelayDirection.CLIENT_TO_SERVER);
            DirectionStats down = conversation.stats(RelayDirection.SERVER_TO_CLIENT);
            toServer = new DatagramPath(loop, dice(conversation, RelayDirection.CLIENT_TO_SERVER), up,
                    () -> settings().toServer(), datagram -> engine.write(upstream, datagram,
                    loop.then((WriteInfo w) -> sent(up, w))));
            toClient = new DatagramPath(loop, dice(conversation, RelayDirection.SERVER_TO_CLIENT), down,
                    () -> settings().toClient(), datagram -> engine.sendTo(listenSocketId, datagram, address, port,
                    loop.then((WriteInfo w) -> sent(down, w))));
        }

        private void sent(DirectionStats stats, WriteInfo written) {
            if (written.bytesWritten() >= 0) {
                stats.sent(written.bytesWritten());
            }
        }

        void connect() {
            engine.create("udp", null, loop.then(created -> {
                upstream = created.socketId();
                serverLeg(conversation, upstream);
                engine.setReceiveBufferSize(upstream, RECEIVE_BUFFER, ignored -> { });
                if (RelayEndpoints.isMulticast(endpoints.targetHost())) {
                    onAdapter(upstream);
                    engine.setMulticastTimeToLive(upstream, endpoints.multicastTtl(), ignored -> { });
                }
                engine.connect(upstream, endpoints.targetHost(), endpoints.targetPort(), loop.then(result -> {
                    if (result < 0) {
                        end(result, RelayMessages.legFailed(RelayMessages.CONNECTING, result));
                        return;
                    }
                    connected = true;
                    conversation.opened();
                    while (!early.isEmpty()) {
                        toServer.forward(early.poll());
                    }
                    receiveFromServer();
                }));
            }));
        }

        void fromClient(byte[] datagram) {
            lastActivity = System.nanoTime();
            if (ended) {
                return;
            }
            if (connected) {
                toServer.forward(datagram);
            } else if (early.size() < MAX_EARLY) {
                early.add(datagram);
            }
        }

        private void receiveFromServer() {
            if (!ended) {
                engine.read(upstream, MAX_DATAGRAM, loop.then(this::fromServer));
            }
        }

        private void fromServer(ReadInfo info) {
            if (ended) {
                return;
            }
            if (info.resultCode() < 0 && !recoverable(info.resultCode())) {
                end(info.resultCode(), RelayMessages.legFailed(RelayMessages.RECEIVING_SERVER, info.resultCode()));
                return;
            }
            receiveFromServer();
            if (info.resultCode() >= 0) {
                lastActivity = System.nanoTime();
                toClient.forward(info.data());
            }
        }

        void end(int code, RelayText why) {
            if (ended) {
                return;
            }
            ended = true;
            flows.remove(key(address, port), this);
            if (upstream >= 0) {
                engine.destroy(upstream);
            }
            ended(conversation, code, why);
        }
    }
}
