package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketMessages;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.TlsClientOptions;
import org.socketworkbench.engine.TlsInfo;
import org.socketworkbench.engine.TlsServerOptions;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.engine.WriteInfo;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SocketChannel;
import java.util.List;


/**
 * A chrome.socket TCP socket (contract §4, §5) as a state machine: its {@link TcpPhase} decides
 * what each method may do, and this class makes the transitions. The operations run in their own
 * classes under this socket's lock: {@link TcpConnector} (blocking connect), {@link TcpListener}
 * (listen's server channel, accept), {@link TcpReader}, {@link TcpWriter} and {@link TlsUpgrade}
 * (secure). Method preconditions that need no socket state (lookup, permissions, port range) are
 * checked by the engine before it calls here.
 */
public final class TcpSocket extends ManagedSocket {

    private final int parentId;
    private final SocketRegistry registry;
    private final TcpConnector connector = new TcpConnector(this);
    private final TcpReader reader = new TcpReader(this);
    private final TcpWriter writer;
    private TcpPhase phase = TcpPhase.FRESH;
    /** Extension: keep writing after the peer's FIN (see {@link #keepWriteOpenOnPeerClose}). */
    private volatile boolean keepWriteOpen;
    /** The connection, kept after it ended (observers still see its addresses) until disconnect. */
    private TcpStream stream;
    /** Present while {@link TcpPhase#LISTENING}. */
    private TcpListener listener;
    private String hostname;
    /** The setServerTls extension: connections this socket accepts are TLS; null for plain TCP. */
    private TlsServerOptions serverTls;
    /** On a connection a TLS listener accepted; null otherwise. */
    private ServerHandshake serverHandshake;

    public TcpSocket(int id, EngineContext context, SocketRegistry registry) {
        this(id, context, registry, 0);
    }

    private TcpSocket(int id, EngineContext context, SocketRegistry registry, int parentId) {
        super(id, context);
        this.parentId = parentId;
        this.registry = registry;
        this.writer = new TcpWriter(this, context.operations());
    }

    @Override
    public SocketKind kind() {
        return SocketKind.TCP;
    }

    /** Whether {@code secure()} succeeded on this socket (it is then a TLS socket for good). */
    public boolean isSecured() {
        return locked(() -> phase.isTls());
    }

    /** connect() step 3: the name is kept for TLS even when a later step fails. */
    public void rememberHostname(String name) {
        locked(() -> hostname = name);
    }

    // ---------------------------------------------------------------- the phase, for the operation classes

    /** Lock held. */
    TcpPhase phase() {
        return phase;
    }

    /** Lock held. */
    void moveTo(TcpPhase next) {
        phase = next;
    }

    /** Lock held. */
    TcpStream stream() {
        return stream;
    }

    /** Lock held. */
    String hostname() {
        return hostname;
    }

    /** A read or write failed: a fatal error ends the connection (lock held). */
    void failConnection(String cause, int error) {
        if (NetErrors.isFatalToConnection(error) && phase.hasConnection()) {
            phase = phase.connectionLost();
            emit(cause, error);
        }
    }

    /**
     * D4: the read that sees the peer's FIN returns 0; the socket is then not connected, unless
     * it keeps its write side open (extension) (lock held).
     */
    void peerFinished() {
        phase = phase.peerFinished(keepWriteOpen, stream != null && stream.tlsCanStillSend());
        emit("read", 0);
    }

    /**
     * Extension: after the peer's FIN, keep the connection for writing instead of Chrome's
     * disconnect, so a peer that half-closes (ncat, socat at the end of their input) still gets
     * its reply. A listening socket hands the setting to the connections it accepts.
     */
    public void keepWriteOpenOnPeerClose(boolean enabled) {
        keepWriteOpen = enabled;
    }

    /**
     * Chrome's "is it connected?" (lock held): the phase, then a peek when no read or write is in
     * flight (a pending read will see the FIN itself).
     */
    boolean isConnectedNow() {
        if (!phase.hasConnection() || stream == null) {
            return false;
        }
        if (phase.isTls() || phase == TcpPhase.PEER_FINISHED || reader.pending() || writer.inProgress()) {
            return true; // the FIN of PEER_FINISHED is known: a probe would take it for a lost connection
        }
        if (!stream.probeAlive()) {
            // The peer's FIN, found by the probe rather than a read: the same choice as peerFinished().
            phase = phase.peerFinished(keepWriteOpen, false);
            emit("probe", 0);
            return phase.hasConnection();
        }
        return true;
    }

    // ---------------------------------------------------------------- connect

    /**
     * connect() after DNS, the socket-level checks (contract §5.3): a server, a connect in
     * progress or a connection make it -104; otherwise the socket is connecting. True when the
     * connect goes ahead: then run {@link #completeConnect}.
     */
    public boolean beginConnect(int callEpoch, Callback<Integer> callback) {
        lock.lock();
        try {
            if (cutShort(callEpoch)) {
                callbacks.dispatch("connect", callback, NetError.CONNECTION_CLOSED.code());
                return false;
            }
            if (!phase.mayConnect()) {
                callbacks.dispatch("connect", callback, NetError.CONNECTION_FAILED.code());
                return false;
            }
            phase = TcpPhase.CONNECTING;
            emit("connect", 0);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The blocking part of connect(): tries the addresses in resolver order, reports the last error. */
    public void completeConnect(List<InetAddress> addresses, int port, int callEpoch, Callback<Integer> callback) {
        TcpConnector.Outcome outcome = connector.connect(addresses, port, callEpoch);
        SocketChannel channel = outcome.channel();
        int result = outcome.result();
        lock.lock();
        try {
            connector.finished();
            boolean current = !cutShort(callEpoch);
            if (!current) {
                closeQuietly(channel);
                result = NetError.CONNECTION_CLOSED.code();
            }
            if (result == 0) {
                try {
                    TcpConnector.applyClientDefaults(channel);
                    if (stream != null) {
                        stream.close();
                    }
                    stream = new TcpStream(channel, channel.getRemoteAddress() instanceof InetSocketAddress a
                            && a.getAddress() instanceof Inet6Address);
                } catch (IOException e) {
                    closeQuietly(channel);
                    result = NetErrors.mapConnect(e);
                }
            }
            if (current) {
                phase = result == 0 ? TcpPhase.CONNECTED : TcpPhase.DISCONNECTED;
                emit("connect", result);
            }
            callbacks.dispatch("connect", callback, result);
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- data

    /** read(): one outstanding at a time; bytes the probe found are served first. */
    public void read(int bufferSize, Callback<ReadInfo> callback) {
        reader.read(bufferSize, callback);
    }

    /** write(): queued, run in call order; success reports every byte. */
    public void write(byte[] data, Callback<WriteInfo> callback) {
        writer.write(data, callback);
    }

    /** secure(): see {@link TlsUpgrade}; {@code extras} are the engine's extensions (NONE for Chrome's). */
    public void secure(SecureOptions options, TlsClientOptions extras, Callback<Integer> callback,
                       Runnable destroyInEngine) {
        // made on demand: most sockets never secure, and 10,000 idle connections should not carry it
        new TlsUpgrade(this, reader, writer).secure(options, extras, callback, destroyInEngine);
    }

    /** What TLS negotiated on this connection, or null when it is not (or no longer) a TLS connection. */
    public TlsInfo tlsInfo() {
        return locked(() -> (phase == TcpPhase.SECURED || phase == TcpPhase.TLS_PEER_FINISHED) && stream != null
                ? stream.tlsInfo() : null);
    }

    /**
     * The setServerTls extension: before listen (fresh, or a server that was closed); null turns
     * TLS off again. False when the socket is a client or already listening.
     */
    public boolean setServerTls(TlsServerOptions options) {
        return locked(() -> {
            if (!phase.mayListen()) {
                return false;
            }
            serverTls = options;
            return true;
        });
    }

    /** Lock held: the server handshake a read on this accepted connection waits for, or null. */
    ServerHandshake serverHandshake() {
        return serverHandshake;
    }

    // ---------------------------------------------------------------- extensions: half-close and reset

    /** Extension: FIN after the writes queued before it; see {@link TcpShutdown}. */
    public void shutdownOutput(Callback<Integer> callback) {
        new TcpShutdown(this).shutdownOutput(writer, callback);
    }

    /** Extension, before destroy: SO_LINGER 0 so closing sends RST; see {@link TcpShutdown}. */
    public boolean lingerZero() {
        return new TcpShutdown(this).lingerZero();
    }

    // ---------------------------------------------------------------- listen / accept

    /** listen() after the engine's lookup and permission check. */
    public void listen(String address, int port, int backlog, Callback<Integer> callback) {
        lock.lock();
        try {
            if (phase.isTls()) {
                callbacks.dispatch("listen", callback, NetError.NOT_IMPLEMENTED.code(), SocketMessages.TLS_LISTEN);
                return;
            }
            if (phase.isClient()) {
                callbacks.dispatch("listen", callback, NetError.NOT_IMPLEMENTED.code(),
                        SocketMessages.CONNECT_AND_LISTEN);
                return;
            }
            if (!phase.mayListen()) {
                callbacks.dispatch("listen", callback, NetError.FAILED.code(), SocketMessages.LISTEN_FAILED);
                return;
            }
            InetAddress local = IpLiterals.parse(address);
            if (local == null) {
                callbacks.dispatch("listen", callback, NetError.ADDRESS_INVALID.code(), SocketMessages.LISTEN_FAILED);
                return;
            }
            int result = 0;
            try {
                listener = TcpListener.open(this, registry, local, port, backlog);
                phase = TcpPhase.LISTENING;
            } catch (IOException | RuntimeException e) {
                result = NetErrors.map(e);
            }
            emit("listen", result);
            callbacks.dispatch("listen", callback, result, result == 0 ? null : SocketMessages.LISTEN_FAILED);
        } finally {
            lock.unlock();
        }
    }

    /** accept(): on a listening socket, see {@link TcpListener}; elsewhere -2. */
    public void accept(Callback<AcceptInfo> callback) {
        lock.lock();
        try {
            if (phase != TcpPhase.LISTENING) {
                callbacks.dispatch("accept", callback, new AcceptInfo(NetError.FAILED.code(), null));
                return;
            }
            listener.accept(callback);
        } finally {
            lock.unlock();
        }
    }

    /** A connection the listener accepted, as a new connected socket (the listener's lock held). */
    TcpSocket acceptedConnection(int newId, SocketChannel channel, boolean ipv6) throws IOException {
        TcpSocket socket = new TcpSocket(newId, context, registry, id);
        socket.keepWriteOpen = keepWriteOpen;
        socket.stream = new TcpStream(channel, ipv6);
        if (serverTls == null) {
            socket.phase = TcpPhase.CONNECTED;
            socket.emit("accept", 0);
            return socket;
        }
        socket.phase = TcpPhase.SECURING;
        socket.emit("accept", 0);
        socket.serverHandshake = new ServerHandshake(socket, socket.writer, serverTls);
        socket.serverHandshake.start();
        return socket;
    }

    // ---------------------------------------------------------------- options

    /** setKeepAlive() (contract D7); see {@link TcpOptions}. */
    public boolean setKeepAlive(boolean enable, int delaySeconds) {
        return new TcpOptions(this).setKeepAlive(enable, delaySeconds);
    }

    public boolean setNoDelay(boolean noDelay) {
        return new TcpOptions(this).setNoDelay(noDelay);
    }

    // ---------------------------------------------------------------- info, disconnect

    @Override
    public SocketInfo info() {
        lock.lock();
        try {
            if (listener != null) {
                InetSocketAddress local = listener.localAddress();
                return new SocketInfo("tcp", false, null, null, text(local), local == null ? null : local.getPort());
            }
            if (isConnectedNow()) {
                return new SocketInfo("tcp", true, stream.peerAddress(), stream.peerPort(),
                        stream.localAddress(), stream.localPort());
            }
            return new SocketInfo("tcp", false, null, null, null, null);
        } finally {
            lock.unlock();
        }
    }

    private static String text(InetSocketAddress address) {
        return address == null ? null : Addresses.toText(address.getAddress());
    }

    @Override
    public void disconnect() {
        lock.lock();
        try {
            closeResources();
            emit("disconnect", 0);
        } finally {
            lock.unlock();
        }
        writer.abortQueued();
    }

    @Override
    protected void closeResources() {
        epoch++;
        if (stream != null) {
            stream.close();
            stream = null;
        }
        if (listener != null) {
            listener.close();
            listener = null;
        }
        connector.abort();
        reader.reset();
        writer.reset();
        phase = phase.disconnected();
    }

    @Override
    protected void abortQueuedWrites() {
        writer.abortQueued();
    }

    @Override
    protected SocketState state() {
        return phase.state();
    }

    @Override
    protected SocketEvent snapshot(String cause, int resultCode) {
        if (listener != null) {
            InetSocketAddress local = listener.localAddress();
            return event(cause, resultCode, parentId, text(local), local == null ? 0 : local.getPort(),
                    null, 0, List.of());
        }
        if (stream != null) {
            return event(cause, resultCode, parentId, stream.localAddress(), stream.localPort(),
                    stream.peerAddress(), stream.peerPort(), List.of());
        }
        return event(cause, resultCode, parentId, null, 0, null, 0, List.of());
    }

    /** Hands a copy of a payload to observers, when somebody watches (lock held). */
    void tap(Direction direction, byte[] bytes) {
        if (!context.observers().active()) {
            return;
        }
        TcpStream current = stream;
        boolean secured = phase.isTls();
        byte[] copy = bytes.clone();
        context.observers().traffic(() -> new TrafficEvent(EpochClock.nowNanos(), id, SocketKind.TCP,
                direction, secured, current.localAddress(), current.localPort(), current.peerAddress(),
                current.peerPort(), copy));
    }
}
