package org.socketworkbench.engine;

import org.socketworkbench.engine.internal.CallbackDispatcher;
import org.socketworkbench.engine.internal.EngineContext;
import org.socketworkbench.engine.internal.EventLoop;
import org.socketworkbench.engine.internal.IpLiterals;
import org.socketworkbench.engine.internal.LastErrorContext;
import org.socketworkbench.engine.internal.ManagedSocket;
import org.socketworkbench.engine.internal.NetworkListing;
import org.socketworkbench.engine.internal.ObserverHub;
import org.socketworkbench.engine.internal.Operations;
import org.socketworkbench.engine.internal.SocketRegistry;
import org.socketworkbench.engine.internal.TcpSocket;
import org.socketworkbench.engine.internal.UdpSocket;

import javax.net.ssl.SSLContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The chrome.socket engine. Every method checks what Chrome checks, in Chrome's order (contract
 * §3.4): socket lookup, socket type, permission, DNS, then socket state, which the socket classes
 * own. Blocking work runs on virtual threads; callbacks run on the configured executor.
 */
public final class SocketEngine implements ChromeSocket {

    private static final int DEFAULT_BUFFER_SIZE = 4096;
    private static final int DEFAULT_BACKLOG = 5;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);
    private static final System.Logger LOG = System.getLogger(SocketEngine.class.getName());

    private final EngineContext context;
    private final SocketRegistry registry = new SocketRegistry();
    private final CallbackDispatcher engineCallbacks;
    private final EventLoop ownLoop;

    private SocketEngine(Builder builder) {
        Consumer<Throwable> errors = builder.errorHandler;
        this.ownLoop = builder.callbackExecutor == null ? new EventLoop("chrome.socket-callbacks") : null;
        Executor executor = ownLoop != null ? ownLoop : builder.callbackExecutor;
        this.context = new EngineContext(executor, new LastErrorContext(builder.warnings), builder.permissions,
                new ObserverHub(errors), new Operations(errors), memoize(builder.sslContext), errors,
                builder.trustPins);
        this.engineCallbacks = new CallbackDispatcher(context);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Configures an engine; every setting has Chrome's default. */
    public static final class Builder {
        private Executor callbackExecutor;
        private SocketPermissions permissions = SocketPermissions.allowAll();
        private Supplier<SSLContext> sslContext = Builder::platformTls;
        private Consumer<String> warnings = message -> LOG.log(System.Logger.Level.WARNING, message);
        private TrustPins trustPins = TrustPins.NONE;
        private Consumer<Throwable> errorHandler = error -> LOG.log(System.Logger.Level.ERROR,
                "a chrome.socket callback or observer failed", error);

        private Builder() {
        }

        /**
         * Where callbacks run. Default: one dedicated thread running them in order (an event
         * loop). The executor must not run tasks inside {@code execute} on the caller's thread.
         */
        public Builder callbackExecutor(Executor executor) {
            this.callbackExecutor = Objects.requireNonNull(executor);
            return this;
        }

        /** The app's socket permissions. Default: allow all. */
        public Builder permissions(SocketPermissions value) {
            this.permissions = Objects.requireNonNull(value);
            return this;
        }

        /** The TLS context for secure(). Default: the platform's trust store (SSLContext.getDefault()). */
        public Builder sslContext(SSLContext value) {
            Objects.requireNonNull(value);
            this.sslContext = () -> value;
            return this;
        }

        /**
         * Extension: certificates every secure() of this engine accepts for their endpoint even
         * when untrusted (the headless run's --trust-pin). Default: none, as in Chrome.
         */
        public Builder trustPins(TrustPins pins) {
            this.trustPins = Objects.requireNonNull(pins);
            return this;
        }

        /** Where Chrome's console warnings go ("Unchecked runtime.lastError ..."). Default: the log. */
        public Builder warnings(Consumer<String> sink) {
            this.warnings = Objects.requireNonNull(sink);
            return this;
        }

        /** Where exceptions thrown by callbacks and observers go. Default: the log. */
        public Builder errorHandler(Consumer<Throwable> handler) {
            this.errorHandler = Objects.requireNonNull(handler);
            return this;
        }

        public SocketEngine build() {
            return new SocketEngine(this);
        }

        private static SSLContext platformTls() {
            try {
                return SSLContext.getDefault();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the platform has no TLS", e);
            }
        }
    }

    private static Supplier<SSLContext> memoize(Supplier<SSLContext> supplier) {
        return new Supplier<>() {
            private SSLContext value;

            @Override
            public synchronized SSLContext get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    // ------------------------------------------------------------------ lifecycle

    @Override
    public void create(String type, CreateOptions options, Callback<CreateInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        boolean tcp = "tcp".equals(type);
        if (!tcp && !"udp".equals(type)) {
            throw new IllegalArgumentException(SocketMessages.INVALID_TYPE);
        }
        ManagedSocket socket = tcp
                ? registry.register(id -> new TcpSocket(id, context, registry))
                : registry.register(id -> new UdpSocket(id, context));
        if (socket == null) {
            engineCallbacks.dispatch("create", callback, new CreateInfo(-1), SocketMessages.ENGINE_CLOSED);
            return;
        }
        context.observers().socketChanged(() -> socket.currentState());
        socket.callbacks().dispatch("create", callback, new CreateInfo(socket.id()));
    }

    @Override
    public void destroy(int socketId) {
        ManagedSocket socket = registry.remove(socketId);
        if (socket != null) {
            socket.destroy();
        }
    }

    @Override
    public void disconnect(int socketId) {
        ManagedSocket socket = registry.get(socketId);
        if (socket == null) {
            context.lastErrors().warnUnchecked("disconnect", SocketMessages.SOCKET_NOT_FOUND);
            return;
        }
        socket.disconnect();
    }

    /** Destroys every socket, waits for their pending callbacks, and stops the default event loop. */
    @Override
    public void close() {
        for (ManagedSocket socket : registry.close()) {
            destroy(socket.id());
        }
        try {
            context.operations().awaitIdle(CLOSE_WAIT);
            if (ownLoop != null) {
                ownLoop.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ------------------------------------------------------------------ connect, bind, listen, accept

    @Override
    public void connect(int socketId, String hostname, int port, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        String host = hostname == null ? "" : hostname;
        if (portOutOfRange(port, "connect", callback)) {
            return;
        }
        ManagedSocket socket = registry.get(socketId);
        if (socket == null) {
            notFound("connect", callback, -1);
            return;
        }
        switch (socket) {
            case TcpSocket tcp -> connectTcp(tcp, host, port, callback);
            case UdpSocket udp -> connectUdp(udp, host, port, callback);
        }
    }

    private void connectTcp(TcpSocket tcp, String host, int port, Callback<Integer> callback) {
        tcp.rememberHostname(host);
        if (tcp.isSecured() || !allows(SocketOperation.TCP_CONNECT, host, port)) {
            denied(tcp, "connect", callback, -1);
            return;
        }
        int epoch = tcp.epoch();
        afterDns(host, addresses -> {
            if (addresses == null) {
                dnsFailed(tcp, "connect", callback, NetError.NAME_NOT_RESOLVED.code());
            } else if (tcp.beginConnect(epoch, callback)) {
                context.operations().start(() -> tcp.completeConnect(addresses, port, epoch, callback));
            }
        });
    }

    private void connectUdp(UdpSocket udp, String host, int port, Callback<Integer> callback) {
        if (!allows(SocketOperation.UDP_SEND_TO, host, port)) {
            denied(udp, "connect", callback, -1);
            return;
        }
        int epoch = udp.epoch();
        afterDns(host, addresses -> {
            if (addresses == null) {
                dnsFailed(udp, "connect", callback, NetError.NAME_NOT_RESOLVED.code());
            } else {
                udp.connect(addresses.getFirst(), port, epoch, callback);
            }
        });
    }

    @Override
    public void bind(int socketId, String address, int port, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        if (portOutOfRange(port, "bind", callback)) {
            return;
        }
        ManagedSocket socket = registry.get(socketId);
        if (socket == null) {
            notFound("bind", callback, -1);
            return;
        }
        switch (socket) {
            case TcpSocket tcp when tcp.isSecured() ->
                    tcp.callbacks().dispatch("bind", callback, NetError.FAILED.code());
            case TcpSocket tcp -> tcp.callbacks().dispatch("bind", callback, -1, SocketMessages.TCP_BIND);
            case UdpSocket udp -> {
                String local = address == null ? "" : address;
                if (allows(SocketOperation.UDP_BIND, local, port)) {
                    udp.bind(local, port, callback);
                } else {
                    denied(udp, "bind", callback, -1);
                }
            }
        }
    }

    @Override
    public void listen(int socketId, String address, int port, Integer backlog, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        if (portOutOfRange(port, "listen", callback)) {
            return;
        }
        ManagedSocket socket = registry.get(socketId);
        if (socket == null) {
            notFound("listen", callback, -1);
            return;
        }
        String local = address == null ? "" : address;
        if (!allows(SocketOperation.TCP_LISTEN, local, port)) {
            denied(socket, "listen", callback, -1);
            return;
        }
        switch (socket) {
            case TcpSocket tcp -> tcp.listen(local, port, backlog == null ? DEFAULT_BACKLOG : backlog, callback);
            case UdpSocket udp -> udp.callbacks().dispatch("listen", callback, NetError.FAILED.code(),
                    SocketMessages.TYPE_NOT_SUPPORTED);
        }
    }

    @Override
    public void accept(int socketId, Callback<AcceptInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound("accept", callback, new AcceptInfo(-1, null));
            case TcpSocket tcp -> tcp.accept(callback);
            case UdpSocket udp ->
                    udp.callbacks().dispatch("accept", callback, new AcceptInfo(NetError.FAILED.code(), null));
        }
    }

    // ------------------------------------------------------------------ data

    @Override
    public void read(int socketId, Integer bufferSize, Callback<ReadInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        int size = bufferSize == null ? DEFAULT_BUFFER_SIZE : bufferSize;
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound("read", callback, ReadInfo.of(-1));
            case TcpSocket tcp -> tcp.read(size, callback);
            case UdpSocket udp -> udp.receive("read", size,
                    info -> callback.onResult(new ReadInfo(info.resultCode(), info.data())));
        }
    }

    @Override
    public void write(int socketId, byte[] data, Callback<WriteInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        byte[] bytes = data == null ? new byte[0] : data;
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound("write", callback, new WriteInfo(-1));
            case TcpSocket tcp -> tcp.write(bytes, callback);
            case UdpSocket udp -> udp.write(bytes, callback);
        }
    }

    @Override
    public void recvFrom(int socketId, Integer bufferSize, Callback<RecvFromInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case UdpSocket udp ->
                    udp.receive("recvFrom", bufferSize == null ? DEFAULT_BUFFER_SIZE : bufferSize, callback);
            // Chrome looks recvFrom's socket up among UDP sockets only
            case null, default -> notFound("recvFrom", callback, RecvFromInfo.of(-1));
        }
    }

    /**
     * Extension: recvFrom for many datagrams at once: waits, as recvFrom does, until at least one
     * arrives, then takes every datagram already queued in the kernel, at most
     * {@code maxDatagrams}, each stamped with its arrival on the receiving thread, and answers
     * them in one callback. One receive (this or recvFrom/read) is outstanding at a time (-1
     * otherwise, as recvFrom); errors are recvFrom's. A receiver at hundreds of thousands of
     * datagrams per second then pays one hand-over to the callback thread per batch instead of
     * per datagram.
     */
    public void recvFromBatch(int socketId, int maxDatagrams, Callback<DatagramBatch> callback) {
        Objects.requireNonNull(callback, "callback");
        if (registry.get(socketId) instanceof UdpSocket udp) {
            udp.receiveBatch(maxDatagrams, callback);
        } else {
            notFound("recvFromBatch", callback, DatagramBatch.failed(-1));
        }
    }

    @Override
    public void sendTo(int socketId, byte[] data, String address, int port, Callback<WriteInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        byte[] bytes = data == null ? new byte[0] : data;
        String host = address == null ? "" : address;
        if (portOutOfRange(port, "sendTo", callback)) {
            return;
        }
        ManagedSocket socket = registry.get(socketId);
        if (socket == null) {
            notFound("sendTo", callback, new WriteInfo(-1));
            return;
        }
        switch (socket) {
            case UdpSocket udp -> sendToUdp(udp, bytes, host, port, callback);
            // a TCP socket still resolves the name first: a bad name is -105, a good one -2
            case TcpSocket tcp -> afterDns(host, addresses -> {
                if (addresses == null) {
                    dnsFailed(tcp, "sendTo", callback, new WriteInfo(NetError.NAME_NOT_RESOLVED.code()));
                } else {
                    tcp.callbacks().dispatch("sendTo", callback, new WriteInfo(NetError.FAILED.code()));
                }
            });
        }
    }

    private void sendToUdp(UdpSocket udp, byte[] bytes, String host, int port, Callback<WriteInfo> callback) {
        if (!allows(SocketOperation.UDP_SEND_TO, host, port)) {
            denied(udp, "sendTo", callback, new WriteInfo(-1));
            return;
        }
        int epoch = udp.epoch();
        afterDns(host, addresses -> {
            if (addresses == null) {
                dnsFailed(udp, "sendTo", callback, new WriteInfo(NetError.NAME_NOT_RESOLVED.code()));
            } else {
                udp.sendTo(bytes, addresses.getFirst(), port, epoch, callback);
            }
        });
    }

    /**
     * Extension: sends every datagram of {@code datagrams}, in order, to one IP-literal address
     * and port, with one lock, one address and one callback for the whole batch, so a sender at
     * hundreds of thousands of datagrams per second (the multicast probe) pays per datagram only
     * the OS send. The same checks as sendTo, once: a bad port is -4, an unknown socket -1, a
     * fresh one -15, a refused permission -1, a name that is not an IP literal -105 (no lookup:
     * a batch never waits for DNS). The arrays are sent before the call returns and may be reused
     * afterwards; observers see each datagram as if sent by sendTo.
     */
    public void sendToBatch(int socketId, List<byte[]> datagrams, String address, int port,
                            Callback<BatchWriteInfo> callback) {
        Objects.requireNonNull(datagrams, "datagrams");
        sendToBatch(socketId, datagrams.size(), (index, datagram) -> datagram.put(datagrams.get(index)), address, port,
                callback);
    }

    /**
     * Extension: as {@link #sendToBatch(int, List, String, int, Callback)}, but {@code writer}
     * puts each of the {@code count} datagrams into the socket's reused direct send buffer just
     * before it is sent (see {@link DatagramWriter}), so the sender allocates and copies nothing
     * per datagram. A writer that throws fails that datagram (-142 when it overflows the
     * buffer, else -2); the rest still go.
     */
    public void sendToBatch(int socketId, int count, DatagramWriter writer, String address, int port,
                            Callback<BatchWriteInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        Objects.requireNonNull(writer, "writer");
        BatchWriteInfo none = new BatchWriteInfo(0, count, -1);
        if (port < 0 || port > 65535) {
            engineCallbacks.dispatch("sendToBatch", callback, new BatchWriteInfo(0, count,
                    NetError.INVALID_ARGUMENT.code()), SocketMessages.PORT_INVALID);
            return;
        }
        ManagedSocket socket = registry.get(socketId);
        if (!(socket instanceof UdpSocket udp)) {
            notFound("sendToBatch", callback, none);
            return;
        }
        String host = address == null ? "" : address;
        InetAddress literal = IpLiterals.parse(host);
        if (literal == null) {
            dnsFailed(udp, "sendToBatch", callback, new BatchWriteInfo(0, count, NetError.NAME_NOT_RESOLVED.code()));
            return;
        }
        if (!allows(SocketOperation.UDP_SEND_TO, host, port)) {
            denied(udp, "sendToBatch", callback, none);
            return;
        }
        udp.sendToBatch(count, writer, literal, port, callback);
    }

    // ------------------------------------------------------------------ options and info

    @Override
    public void setKeepAlive(int socketId, boolean enable, Integer delay, Callback<Boolean> callback) {
        Objects.requireNonNull(callback, "callback");
        int seconds = delay == null ? 0 : delay;
        tcpFlag("setKeepAlive", socketId, callback, tcp -> tcp.setKeepAlive(enable, seconds));
    }

    @Override
    public void setNoDelay(int socketId, boolean noDelay, Callback<Boolean> callback) {
        Objects.requireNonNull(callback, "callback");
        tcpFlag("setNoDelay", socketId, callback, tcp -> tcp.setNoDelay(noDelay));
    }

    private void tcpFlag(String method, int socketId, Callback<Boolean> callback,
                         java.util.function.Predicate<TcpSocket> action) {
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound(method, callback, false);
            case TcpSocket tcp -> tcp.callbacks().dispatch(method, callback, action.test(tcp));
            case UdpSocket udp -> udp.callbacks().dispatch(method, callback, false);
        }
    }

    @Override
    public void getInfo(int socketId, Callback<SocketInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        ManagedSocket socket = registry.get(socketId);
        if (socket == null) {
            notFound("getInfo", callback, null);
        } else {
            socket.callbacks().dispatch("getInfo", callback, socket.info());
        }
    }

    @Override
    public void getNetworkList(Callback<List<NetworkInterface>> callback) {
        Objects.requireNonNull(callback, "callback");
        context.operations().start(() -> {
            try {
                engineCallbacks.dispatch("getNetworkList", callback, NetworkListing.list());
            } catch (java.io.IOException | RuntimeException e) {
                engineCallbacks.dispatch("getNetworkList", callback, null, SocketMessages.NETWORK_LIST);
            }
        });
    }

    // ------------------------------------------------------------------ multicast

    @Override
    public void joinGroup(int socketId, String address, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("joinGroup", socketId, callback, -1, true);
        if (udp != null) {
            udp.joinGroup(address, callback);
        }
    }

    @Override
    public void leaveGroup(int socketId, String address, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("leaveGroup", socketId, callback, -1, true);
        if (udp != null) {
            udp.leaveGroup(address, callback);
        }
    }

    @Override
    public void setMulticastTimeToLive(int socketId, int ttl, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("setMulticastTimeToLive", socketId, callback, -1, false);
        if (udp != null) {
            udp.setMulticastTimeToLive(ttl, callback);
        }
    }

    @Override
    public void setMulticastLoopbackMode(int socketId, boolean enabled, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("setMulticastLoopbackMode", socketId, callback, -1, false);
        if (udp != null) {
            udp.setMulticastLoopbackMode(enabled, callback);
        }
    }

    @Override
    public void getJoinedGroups(int socketId, Callback<List<String>> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("getJoinedGroups", socketId, callback, null, true);
        if (udp != null) {
            udp.callbacks().dispatch("getJoinedGroups", callback, udp.joinedGroups());
        }
    }

    /**
     * Extension: a source-specific join (IGMPv3 / MLDv2): receive {@code groupAddress} only from
     * {@code sourceAddress} (IPv4 232.0.0.0/8 or IPv6 ff3x:: by convention; the OS accepts other
     * groups too). Like joinGroup: on the adapter of {@link #setMulticastInterface} (else the
     * route's), after bind, with the multicast-membership permission; -108 for a bad or mixed-family
     * address, or when the socket already joined the group any-source (the OS refuses mixing).
     * Not listed by getJoinedGroups.
     */
    public void joinSourceGroup(int socketId, String groupAddress, String sourceAddress, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("joinSourceGroup", socketId, callback, -1, true);
        if (udp != null) {
            udp.joinSourceGroup(groupAddress, sourceAddress, callback);
        }
    }

    /** Extension: leaves a join made by {@link #joinSourceGroup}; -108 when there is none. */
    public void leaveSourceGroup(int socketId, String groupAddress, String sourceAddress, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("leaveSourceGroup", socketId, callback, -1, true);
        if (udp != null) {
            udp.leaveSourceGroup(groupAddress, sourceAddress, callback);
        }
    }

    /**
     * Extension: on an any-source join of {@code groupAddress} (joinGroup), stop receiving from
     * {@code sourceAddress} ({@code block}) or receive from it again; -108 when the group is not
     * joined any-source or the source is not a unicast address.
     */
    public void blockSource(int socketId, String groupAddress, String sourceAddress, boolean block,
                            Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket(block ? "blockSource" : "unblockSource", socketId, callback, -1, true);
        if (udp != null) {
            udp.blockSource(groupAddress, sourceAddress, block, callback);
        }
    }

    /**
     * Extension: when the UDP socket's latest datagram (read or recvFrom) was taken from the OS,
     * in {@link EpochClock} nanoseconds, read on the engine's receiving thread before the
     * callback was handed to the callback thread; 0 before the first one, or for an unknown or
     * TCP socket. A receiver that asks first thing in its callback, before it issues the next
     * receive, gets the arrival of the datagram in hand (one receive is outstanding at a time,
     * contract §5.8): one-way latency then leaves out the hand-over.
     */
    public long lastReceiveNanos(int socketId) {
        return registry.get(socketId) instanceof UdpSocket udp ? udp.lastReceiveNanos() : 0;
    }

    /**
     * Extension: the adapter (by {@link java.net.NetworkInterface} name) for joins and outgoing
     * multicast. Before bind/connect only (-23 afterwards); an unknown name is -108.
     */
    public void setMulticastInterface(int socketId, String interfaceName, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("setMulticastInterface", socketId, callback, -1, false);
        if (udp != null) {
            udp.setMulticastInterface(interfaceName, callback);
        }
    }

    /**
     * Extension: SO_REUSEADDR for a UDP socket, so several sockets (say one per adapter) can bind
     * the same group and port, as multicast tools do. Chrome never sets it (contract §5.4). Before
     * bind/connect only (-23 afterwards).
     */
    public void setReuseAddress(int socketId, boolean enabled, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("setReuseAddress", socketId, callback, -1, false);
        if (udp != null) {
            udp.setReuseAddress(enabled, callback);
        }
    }

    /**
     * Extension: after the peer's FIN, keep a TCP connection open for writing (state
     * {@link SocketState#PEER_CLOSED}) instead of Chrome's disconnect, so a peer that half-closes
     * still gets its reply; reads then answer -15. On a listening socket it applies to the
     * connections it accepts from then on; on TLS it applies while TLS still lets this side send
     * (TLS 1.3). Any time; 0, or -1 with lastError "Socket not found"
     * or "Socket type does not support this API" (UDP). chrome.socket scripts never call it.
     */
    public void setKeepWriteOpenOnPeerClose(int socketId, boolean enabled, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound("setKeepWriteOpenOnPeerClose", callback, -1);
            case TcpSocket tcp -> {
                tcp.keepWriteOpenOnPeerClose(enabled);
                tcp.callbacks().dispatch("setKeepWriteOpenOnPeerClose", callback, 0);
            }
            case UdpSocket udp -> udp.callbacks().dispatch("setKeepWriteOpenOnPeerClose", callback, -1,
                    SocketMessages.TYPE_NOT_SUPPORTED);
        }
    }

    /**
     * Extension: SO_RCVBUF of a UDP socket in bytes (the OS may cap it; Linux doubles it for its
     * bookkeeping), so a receiver survives pauses at high packet rates. Chrome never sets it.
     * Before bind/connect only (-23 afterwards); a size of 0 or less is -4.
     */
    public void setReceiveBufferSize(int socketId, int bytes, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("setReceiveBufferSize", socketId, callback, -1, false);
        if (udp != null) {
            udp.setReceiveBufferSize(bytes, callback);
        }
    }

    /**
     * Extension: SO_BROADCAST for a UDP socket (chrome.sockets.udp.setBroadcast, Chrome 44+). Off
     * by default as in Chrome, where a datagram to a broadcast address then fails with -10
     * (EACCES). It may be changed at any time; set before bind it applies when the socket opens.
     */
    public void setBroadcast(int socketId, boolean enabled, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        UdpSocket udp = multicastSocket("setBroadcast", socketId, callback, -1, false);
        if (udp != null) {
            udp.setBroadcast(enabled, callback);
        }
    }

    // ------------------------------------------------------------------ extensions: FIN and RST on demand

    /**
     * Extension: shuts down the write side of a TCP connection (FIN; on TLS close_notify, then
     * FIN) after the writes queued before it; reads go on (TLS 1.3; a TLS 1.2 peer answers with
     * its own close_notify). 0; -15 without a connection or while a handshake runs; -2 on UDP.
     */
    public void shutdownOutput(int socketId, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        switch (registry.get(socketId)) {
            case null -> notFound("shutdownOutput", callback, -1);
            case TcpSocket tcp -> tcp.shutdownOutput(callback);
            case UdpSocket udp -> udp.callbacks().dispatch("shutdownOutput", callback, NetError.FAILED.code());
        }
    }

    /**
     * Extension: destroys a TCP socket with SO_LINGER 0, so its peer gets RST rather than FIN
     * (toxiproxy's reset_peer). Without a connection (or on UDP) it is a plain destroy.
     */
    public void reset(int socketId) {
        if (registry.get(socketId) instanceof TcpSocket tcp) {
            tcp.lingerZero();
        }
        destroy(socketId);
    }

    /** Lookup, type check and (for membership calls) the permission check of the multicast methods. */
    private <T> UdpSocket multicastSocket(String method, int socketId, Callback<T> callback, T failure,
                                          boolean membership) {
        switch (registry.get(socketId)) {
            case null -> notFound(method, callback, failure);
            case TcpSocket tcp ->
                    tcp.callbacks().dispatch(method, callback, failure, SocketMessages.MULTICAST_SOCKET_TYPE);
            case UdpSocket udp when membership && !allows(SocketOperation.UDP_MULTICAST_MEMBERSHIP, "*", 0) ->
                    denied(udp, method, callback, failure);
            case UdpSocket udp -> {
                return udp;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ TLS

    @Override
    public void secure(int socketId, SecureOptions options, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound("secure", callback, NetError.INVALID_ARGUMENT.code());
            case TcpSocket tcp -> tcp.secure(options, TlsClientOptions.NONE, callback, () -> destroy(socketId));
            case UdpSocket udp -> udp.callbacks().dispatch("secure", callback, NetError.INVALID_ARGUMENT.code(),
                    SocketMessages.SECURE_SOCKET_TYPE);
        }
    }

    /**
     * Extension: {@code secure} with what Chrome's lacks ({@link TlsClientOptions}: ALPN, an SNI
     * name of the caller's choice, pinned certificates). Everything else, codes included, is
     * Chrome's secure(); {@link TlsClientOptions#NONE} makes it exactly that.
     */
    public void secure(int socketId, SecureOptions options, TlsClientOptions extras, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        TlsClientOptions chosen = extras == null ? TlsClientOptions.NONE : extras;
        ManagedSocket socket = registry.get(socketId);
        switch (socket) {
            case null -> notFound("secure", callback, NetError.INVALID_ARGUMENT.code());
            case TcpSocket tcp -> tcp.secure(options, chosen, callback, () -> destroy(socketId));
            case UdpSocket udp -> udp.callbacks().dispatch("secure", callback, NetError.INVALID_ARGUMENT.code(),
                    SocketMessages.SECURE_SOCKET_TYPE);
        }
    }

    /**
     * Extension (chrome.socket has no TLS server): connections this TCP socket accepts after
     * {@code listen} are TLS, with {@code options}' certificate, client-certificate request and
     * ALPN; null turns it off. Call before listen: on a fresh socket, or a server that was closed
     * (-4 otherwise). accept() reports a connection at once, while its handshake runs: reads wait
     * for it, writes queue behind it; a failed handshake closes that connection with a
     * Chrome-style code (a "secure" event, and a waiting read's result) and the server goes on
     * accepting.
     */
    public void setServerTls(int socketId, TlsServerOptions options, Callback<Integer> callback) {
        Objects.requireNonNull(callback, "callback");
        switch (registry.get(socketId)) {
            case null -> notFound("setServerTls", callback, NetError.INVALID_ARGUMENT.code());
            case TcpSocket tcp -> {
                int result = tcp.setServerTls(options) ? 0 : NetError.INVALID_ARGUMENT.code();
                tcp.callbacks().dispatch("setServerTls", callback, result,
                        result == 0 ? null : NetError.lastErrorText(result));
            }
            case UdpSocket udp -> udp.callbacks().dispatch("setServerTls", callback,
                    NetError.INVALID_ARGUMENT.code(), SocketMessages.SECURE_SOCKET_TYPE);
        }
    }

    /**
     * Extension: what TLS negotiated on a secured client or a connection a TLS server accepted
     * (protocol, cipher suite, ALPN, SNI, resumption, the peer's chain); null, with lastError,
     * for a socket that is not a TLS connection now.
     */
    public void getTlsInfo(int socketId, Callback<TlsInfo> callback) {
        Objects.requireNonNull(callback, "callback");
        switch (registry.get(socketId)) {
            case null -> notFound("getTlsInfo", callback, null);
            case TcpSocket tcp -> {
                TlsInfo info = tcp.tlsInfo();
                tcp.callbacks().dispatch("getTlsInfo", callback, info,
                        info == null ? SocketMessages.SOCKET_NOT_CONNECTED : null);
            }
            case UdpSocket udp -> udp.callbacks().dispatch("getTlsInfo", callback, null,
                    SocketMessages.SECURE_SOCKET_TYPE);
        }
    }

    @Override
    public Optional<String> lastError() {
        return context.lastErrors().get();
    }

    // ------------------------------------------------------------------ observation

    /**
     * Starts reporting socket changes and traffic to {@code observer} (on engine threads; see
     * {@link EngineObserver}). Close the returned handle to stop.
     */
    public AutoCloseable addObserver(EngineObserver observer) {
        Objects.requireNonNull(observer);
        context.observers().add(observer);
        return () -> context.observers().remove(observer);
    }

    /** The live sockets as they are now, for an observer that starts late. */
    public List<SocketEvent> sockets() {
        return registry.all().stream().map(ManagedSocket::currentState).toList();
    }

    public EngineStats stats() {
        return new EngineStats(registry.size(), context.operations().running());
    }

    // ------------------------------------------------------------------ helpers

    private boolean allows(SocketOperation op, String host, int port) {
        return context.permissions().allows(op, host, port);
    }

    private <T> boolean portOutOfRange(int port, String method, Callback<T> callback) {
        if (port >= 0 && port <= 65535) {
            return false;
        }
        engineCallbacks.dispatch(method, callback, null, SocketMessages.PORT_INVALID);
        return true;
    }

    private <T> void notFound(String method, Callback<T> callback, T value) {
        engineCallbacks.dispatch(method, callback, value, SocketMessages.SOCKET_NOT_FOUND);
    }

    private <T> void denied(ManagedSocket socket, String method, Callback<T> callback, T value) {
        socket.callbacks().dispatch(method, callback, value, SocketMessages.PERMISSION);
    }

    private <T> void dnsFailed(ManagedSocket socket, String method, Callback<T> callback, T value) {
        socket.callbacks().dispatch(method, callback, value, SocketMessages.DNS_LOOKUP_FAILED);
    }

    /**
     * Resolves {@code host}, then continues with its addresses in resolver order (null on
     * failure): IP literals at once on the calling thread, as Chrome's resolver answers them, so
     * that the socket-level step starts before the call returns (§4, §5.3); names on a virtual
     * thread.
     */
    private void afterDns(String host, Consumer<List<InetAddress>> next) {
        InetAddress literal = IpLiterals.parse(host);
        if (literal != null) {
            next.accept(List.of(literal));
            return;
        }
        context.operations().start(() -> next.accept(resolveAll(host)));
    }

    /** The addresses of a name that is not an IP literal, in resolver order; null on failure. */
    private static List<InetAddress> resolveAll(String host) {
        if (host.isEmpty()) {
            return null;
        }
        try {
            return Arrays.asList(InetAddress.getAllByName(host));
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
