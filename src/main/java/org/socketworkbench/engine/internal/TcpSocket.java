package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReadInfo;
import org.socketworkbench.engine.SecureOptions;
import org.socketworkbench.engine.SocketEvent;
import org.socketworkbench.engine.SocketInfo;
import org.socketworkbench.engine.SocketKind;
import org.socketworkbench.engine.SocketState;
import org.socketworkbench.engine.TrafficEvent;
import org.socketworkbench.engine.WriteInfo;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.Channel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.List;

import jdk.net.ExtendedSocketOptions;

/**
 * A chrome.socket TCP socket (contract §4, §5): fresh, then a client (connect, or accepted) or a
 * server (listen); after {@code secure()} a TLS client. Method preconditions that need no
 * socket state (lookup, permissions, port range) are checked by the engine before it calls here.
 */
public final class TcpSocket extends ManagedSocket {

    private enum Mode { UNKNOWN, CLIENT, SERVER }

    /**
     * The most one read allocates. A read returns 1..bufferSize bytes, so a huge bufferSize
     * (the multicast sample passes 1 MiB, a careless caller Integer.MAX_VALUE) must not mean a
     * huge allocation.
     */
    private static final int MAX_READ_CHUNK = 1 << 20;

    /** Chrome's desktop default for new client sockets: keep-alive every 45 s. */
    private static final int DEFAULT_KEEPALIVE_SECONDS = 45;

    private final int parentId;
    private final WriteQueue writes;
    private final SocketRegistry registry;
    private Mode mode = Mode.UNKNOWN;
    private TcpStream stream;
    private ServerSocketChannel server;
    private SocketChannel connecting;
    private boolean connectPending;
    private boolean connected;
    private boolean secured;
    /** secure() accepted, handshake not finished: like Chrome's released TCP socket (no reads). */
    private boolean securing;
    private boolean readPending;
    private boolean writeInProgress;
    private boolean acceptPending;
    private String hostname;

    public TcpSocket(int id, EngineContext context, SocketRegistry registry) {
        this(id, context, registry, 0);
    }

    private TcpSocket(int id, EngineContext context, SocketRegistry registry, int parentId) {
        super(id, context);
        this.parentId = parentId;
        this.registry = registry;
        this.writes = new WriteQueue(context.operations());
    }

    @Override
    public SocketKind kind() {
        return SocketKind.TCP;
    }

    /** Whether {@code secure()} succeeded on this socket (it is then a TLS socket). */
    public boolean isSecured() {
        lock.lock();
        try {
            return secured;
        } finally {
            lock.unlock();
        }
    }

    /** connect() step 3: the name is kept for TLS even when a later step fails. */
    public void rememberHostname(String name) {
        lock.lock();
        try {
            hostname = name;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- connect

    /**
     * connect() after DNS, the socket-level checks (contract §5.3): a server, a connect in
     * progress or a connection make it -104; otherwise the socket becomes a client with a connect
     * pending. True when the connect goes ahead: then run {@link #completeConnect}.
     */
    public boolean beginConnect(int callEpoch, Callback<Integer> callback) {
        lock.lock();
        try {
            if (destroyed || callEpoch != epoch) {
                callbacks.dispatch("connect", callback, NetError.CONNECTION_CLOSED.code());
                return false;
            }
            if (mode == Mode.SERVER || connectPending || connected) {
                callbacks.dispatch("connect", callback, NetError.CONNECTION_FAILED.code());
                return false;
            }
            mode = Mode.CLIENT;
            connectPending = true;
            emit("connect", 0);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** The blocking part of connect(): tries the addresses in resolver order, reports the last error. */
    public void completeConnect(List<InetAddress> addresses, int port, int callEpoch, Callback<Integer> callback) {
        int result = NetError.CONNECTION_FAILED.code();
        SocketChannel channel = null;
        for (InetAddress address : addresses) {
            channel = openForConnect(address, callEpoch);
            if (channel == null) {
                result = NetError.CONNECTION_CLOSED.code();
                break;
            }
            try {
                channel.connect(new InetSocketAddress(address, port));
                result = 0;
                break;
            } catch (IOException | RuntimeException e) {
                closeQuietly(channel);
                result = closedSince(callEpoch) ? NetError.CONNECTION_CLOSED.code() : NetErrors.mapConnect(e);
                channel = null;
                if (result == NetError.CONNECTION_CLOSED.code()) {
                    break;
                }
            }
        }
        finishConnect(channel, result, callEpoch, callback);
    }

    private SocketChannel openForConnect(InetAddress address, int callEpoch) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(address instanceof Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        } catch (IOException e) {
            return null;
        }
        lock.lock();
        try {
            if (destroyed || callEpoch != epoch) {
                closeQuietly(channel);
                return null;
            }
            connecting = channel;
            return channel;
        } finally {
            lock.unlock();
        }
    }

    private void finishConnect(SocketChannel channel, int result, int callEpoch, Callback<Integer> callback) {
        lock.lock();
        try {
            connecting = null;
            if (callEpoch != epoch || destroyed) {
                closeQuietly(channel);
                result = NetError.CONNECTION_CLOSED.code();
            } else {
                connectPending = false;
            }
            if (result == 0) {
                try {
                    applyClientDefaults(channel);
                    if (stream != null) {
                        stream.close();
                    }
                    stream = new TcpStream(channel, channel.getRemoteAddress() instanceof InetSocketAddress a
                            && a.getAddress() instanceof Inet6Address);
                    connected = true;
                } catch (IOException e) {
                    closeQuietly(channel);
                    result = NetErrors.mapConnect(e);
                }
            }
            if (callEpoch == epoch && !destroyed) {
                emit("connect", result);
            }
            callbacks.dispatch("connect", callback, result);
        } finally {
            lock.unlock();
        }
    }

    private static void applyClientDefaults(SocketChannel channel) throws IOException {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        if (channel.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE)) {
            channel.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, DEFAULT_KEEPALIVE_SECONDS);
            channel.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, DEFAULT_KEEPALIVE_SECONDS);
        }
    }

    private boolean closedSince(int callEpoch) {
        lock.lock();
        try {
            return destroyed || epoch != callEpoch;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- read

    /** read(): one outstanding at a time; bytes the probe found are served first. */
    public void read(int bufferSize, Callback<ReadInfo> callback) {
        lock.lock();
        try {
            ReadInfo refused = refuseRead(bufferSize);
            if (refused != null) {
                callbacks.dispatch("read", callback, refused);
                return;
            }
            int chunk = Math.min(bufferSize, MAX_READ_CHUNK);
            if (stream.hasPushback()) {
                deliverPushback(chunk, callback);
                return;
            }
            if (!secured && readNowInline(chunk, callback)) {
                return;
            }
            readPending = true;
            int callEpoch = epoch;
            TcpStream current = stream;
            context.operations().start(() -> blockingRead(current, chunk, callEpoch, callback));
        } finally {
            lock.unlock();
        }
    }

    private ReadInfo refuseRead(int bufferSize) {
        if (secured) {
            if (readPending) {
                return ReadInfo.of(NetError.IO_PENDING.code());
            }
            if (bufferSize <= 0) {
                return ReadInfo.of(NetError.INVALID_ARGUMENT.code());
            }
            return connected ? null : ReadInfo.of(NetError.SOCKET_NOT_CONNECTED.code());
        }
        if (mode != Mode.CLIENT) {
            return ReadInfo.of(NetError.FAILED.code());
        }
        if (readPending) {
            return ReadInfo.of(NetError.IO_PENDING.code());
        }
        if (bufferSize <= 0) {
            return ReadInfo.of(NetError.INVALID_ARGUMENT.code());
        }
        return connected && !securing ? null : ReadInfo.of(NetError.SOCKET_NOT_CONNECTED.code());
    }

    private void deliverPushback(int chunk, Callback<ReadInfo> callback) {
        try {
            deliverRead(stream.takePushback(chunk), callback);
        } catch (IOException e) {
            int error = NetErrors.map(e);
            failConnection("read", error);
            callbacks.dispatch("read", callback, ReadInfo.of(error));
        }
    }

    /** The fast path: bytes already waiting are read on the calling thread, no thread started. */
    private boolean readNowInline(int bufferSize, Callback<ReadInfo> callback) {
        try {
            byte[] bytes = stream.readWaiting(bufferSize);
            if (bytes.length == 0) {
                return false;
            }
            deliverRead(bytes, callback);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void blockingRead(TcpStream current, int bufferSize, int callEpoch, Callback<ReadInfo> callback) {
        byte[] bytes = null;
        int error = 0;
        try {
            bytes = current.readBlocking(bufferSize);
        } catch (IOException | RuntimeException e) {
            error = NetErrors.map(e);
        }
        lock.lock();
        try {
            if (callEpoch != epoch || destroyed) {
                callbacks.dispatch("read", callback, ReadInfo.of(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            readPending = false;
            if (error != 0) {
                failConnection("read", error);
                callbacks.dispatch("read", callback, ReadInfo.of(error));
            } else if (bytes == null) {
                endOfStream(callback);
            } else {
                deliverRead(bytes, callback);
            }
        } finally {
            lock.unlock();
        }
    }

    /** D4: the read that sees the peer's FIN returns 0; the socket is then not connected. */
    private void endOfStream(Callback<ReadInfo> callback) {
        connected = false;
        emit("read", 0);
        callbacks.dispatch("read", callback, ReadInfo.of(0));
    }

    private void deliverRead(byte[] bytes, Callback<ReadInfo> callback) {
        tap(Direction.IN, bytes);
        callbacks.dispatch("read", callback, new ReadInfo(bytes.length, bytes));
    }

    private void failConnection(String cause, int error) {
        if (NetErrors.isFatalToConnection(error) && connected) {
            connected = false;
            emit(cause, error);
        }
    }

    // ---------------------------------------------------------------- write

    /** write(): queued, run in call order; success reports every byte. */
    public void write(byte[] data, Callback<WriteInfo> callback) {
        int callEpoch = epoch();
        writes.submit(new WriteQueue.Write() {
            @Override
            public Runnable perform() {
                WriteInfo result = new WriteInfo(performWrite(data, callEpoch));
                return () -> callbacks.dispatch("write", callback, result);
            }

            @Override
            public int size() {
                return data.length;
            }

            @Override
            public void abort() {
                callbacks.dispatch("write", callback, new WriteInfo(NetError.CONNECTION_CLOSED.code()));
            }
        });
    }

    /** Runs one queued write; {@code callEpoch} is the epoch when write() was called (D13). */
    private int performWrite(byte[] data, int callEpoch) {
        TcpStream current;
        lock.lock();
        try {
            if (destroyed || callEpoch != epoch) {
                return NetError.CONNECTION_CLOSED.code();
            }
            if (!secured && mode != Mode.CLIENT) {
                return NetError.FAILED.code();
            }
            if (!isConnectedNow()) {
                return NetError.SOCKET_NOT_CONNECTED.code();
            }
            current = stream;
            writeInProgress = true;
        } finally {
            lock.unlock();
        }
        int result;
        try {
            current.writeFully(data);
            result = data.length;
        } catch (IOException | RuntimeException e) {
            result = NetErrors.map(e);
        }
        lock.lock();
        try {
            writeInProgress = false;
            if (callEpoch != epoch || destroyed) {
                return NetError.CONNECTION_CLOSED.code();
            }
            if (result < 0) {
                failConnection("write", result);
            } else if (data.length > 0) {
                tap(Direction.OUT, data);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Chrome's "is it connected?": the flag, then a peek when no read or write is in flight (a
     * pending read will see the FIN itself).
     */
    private boolean isConnectedNow() {
        if (!connected || stream == null) {
            return false;
        }
        if (secured || readPending || writeInProgress) {
            return true;
        }
        if (!stream.probeAlive()) {
            connected = false;
            emit("probe", 0);
            return false;
        }
        return true;
    }

    // ---------------------------------------------------------------- listen / accept

    /** listen() after the engine's lookup and permission check. */
    public void listen(String address, int port, int backlog, Callback<Integer> callback) {
        lock.lock();
        try {
            if (secured) {
                callbacks.dispatch("listen", callback, NetError.NOT_IMPLEMENTED.code(), Messages.TLS_LISTEN);
                return;
            }
            if (mode == Mode.CLIENT) {
                callbacks.dispatch("listen", callback, NetError.NOT_IMPLEMENTED.code(), Messages.CONNECT_AND_LISTEN);
                return;
            }
            if (server != null) {
                callbacks.dispatch("listen", callback, NetError.FAILED.code(), Messages.LISTEN_FAILED);
                return;
            }
            InetAddress local = IpLiterals.parse(address);
            if (local == null) {
                callbacks.dispatch("listen", callback, NetError.ADDRESS_INVALID.code(), Messages.LISTEN_FAILED);
                return;
            }
            int result = openServer(local, port, backlog);
            if (result == 0) {
                mode = Mode.SERVER;
                emit("listen", 0);
                callbacks.dispatch("listen", callback, 0);
            } else {
                emit("listen", result);
                callbacks.dispatch("listen", callback, result, Messages.LISTEN_FAILED);
            }
        } finally {
            lock.unlock();
        }
    }

    private int openServer(InetAddress local, int port, int backlog) {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open(local instanceof Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(local, port), backlog);
            server = channel;
            return 0;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return NetErrors.map(e);
        }
    }

    /** accept(): one outstanding; a queued connection is returned at once. */
    public void accept(Callback<AcceptInfo> callback) {
        lock.lock();
        try {
            if (server == null || secured || acceptPending) {
                callbacks.dispatch("accept", callback, new AcceptInfo(NetError.FAILED.code(), null));
                return;
            }
            acceptPending = true;
            ServerSocketChannel listening = server;
            int callEpoch = epoch;
            context.operations().start(() -> blockingAccept(listening, callEpoch, callback));
        } finally {
            lock.unlock();
        }
    }

    private void blockingAccept(ServerSocketChannel listening, int callEpoch, Callback<AcceptInfo> callback) {
        SocketChannel accepted = null;
        int error = 0;
        while (accepted == null && error == 0) {
            try {
                accepted = listening.accept();
            } catch (IOException | RuntimeException e) {
                if (!isConnectionAborted(e)) {
                    error = NetErrors.map(e);
                }
            }
        }
        lock.lock();
        try {
            if (callEpoch != epoch || destroyed) {
                closeQuietly(accepted);
                callbacks.dispatch("accept", callback, new AcceptInfo(NetError.CONNECTION_CLOSED.code(), null));
                return;
            }
            acceptPending = false;
            if (error != 0) {
                callbacks.dispatch("accept", callback, new AcceptInfo(error, null));
                return;
            }
            SocketChannel channel = accepted;
            TcpSocket connection = registry.register(newId -> accepted(newId, channel));
            if (connection == null) {
                closeQuietly(accepted);
                callbacks.dispatch("accept", callback, new AcceptInfo(NetError.CONNECTION_CLOSED.code(), null));
                return;
            }
            callbacks.dispatch("accept", callback, new AcceptInfo(0, connection.id));
        } finally {
            lock.unlock();
        }
    }

    /** ECONNABORTED on accept is retried, as Chrome does. */
    private static boolean isConnectionAborted(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("Software caused connection abort");
    }

    private TcpSocket accepted(int newId, SocketChannel channel) {
        TcpSocket socket = new TcpSocket(newId, context, registry, id);
        try {
            socket.stream = new TcpStream(channel, server.getLocalAddress() instanceof InetSocketAddress a
                    && a.getAddress() instanceof Inet6Address);
        } catch (IOException e) {
            closeQuietly(channel);
            return null;
        }
        socket.mode = Mode.CLIENT;
        socket.connected = true;
        socket.emit("accept", 0);
        return socket;
    }

    // ---------------------------------------------------------------- options

    /** setKeepAlive() (contract D7): delay &gt; 0 sets idle and interval, otherwise OS defaults. */
    public boolean setKeepAlive(boolean enable, int delaySeconds) {
        return withConnectedChannel(channel -> {
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, enable);
            if (enable && delaySeconds > 0) {
                channel.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, delaySeconds);
                channel.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, delaySeconds);
            }
            return true;
        });
    }

    public boolean setNoDelay(boolean noDelay) {
        return withConnectedChannel(channel -> {
            channel.setOption(StandardSocketOptions.TCP_NODELAY, noDelay);
            return true;
        });
    }

    private interface ChannelAction {
        boolean apply(SocketChannel channel) throws IOException;
    }

    private boolean withConnectedChannel(ChannelAction action) {
        lock.lock();
        try {
            if (secured || securing || mode != Mode.CLIENT || !isConnectedNow()) {
                return false;
            }
            return action.apply(stream.channel());
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- secure

    /**
     * secure(): the preconditions are checked now, as Chrome checks them, a pending read included
     * (-4, and the socket is destroyed); the handshake queues behind earlier writes (D12). While
     * it runs the socket behaves like Chrome's released TCP socket: read -15, secure again -4.
     * A failed handshake destroys the socket; disconnect or destroy cut it short with -100.
     */
    public void secure(SecureOptions options, Callback<Integer> callback, Runnable destroyInEngine) {
        int callEpoch;
        boolean readOutstanding;
        lock.lock();
        try {
            if (secured || securing || mode != Mode.CLIENT) {
                callbacks.dispatch("secure", callback, NetError.INVALID_ARGUMENT.code(), Messages.SECURE_SOCKET_TYPE);
                return;
            }
            if (!isConnectedNow()) {
                callbacks.dispatch("secure", callback, NetError.INVALID_ARGUMENT.code(), Messages.SOCKET_NOT_CONNECTED);
                return;
            }
            readOutstanding = readPending;
            securing = !readOutstanding;
            callEpoch = epoch;
        } finally {
            lock.unlock();
        }
        if (readOutstanding) {
            fail(callback, destroyInEngine, NetError.INVALID_ARGUMENT.code());
            return;
        }
        writes.submit(new WriteQueue.Job() {
            @Override
            public void run() {
                handshake(options, callEpoch, callback, destroyInEngine);
            }

            @Override
            public void abort() {
                callbacks.dispatch("secure", callback, NetError.CONNECTION_CLOSED.code());
            }
        });
    }

    private void handshake(SecureOptions options, int callEpoch, Callback<Integer> callback,
                           Runnable destroyInEngine) {
        TcpStream current;
        String name;
        byte[] received;
        lock.lock();
        try {
            if (callEpoch != epoch || destroyed) {
                callbacks.dispatch("secure", callback, NetError.CONNECTION_CLOSED.code());
                return;
            }
            current = connected ? stream : null;
            name = hostname != null ? hostname : stream.peerAddress();
            received = stream.takeAllPushback();
            writeInProgress = current != null;
        } finally {
            lock.unlock();
        }
        if (current == null) {
            // a write queued before secure() found the connection gone
            fail(callback, destroyInEngine, NetError.CONNECTION_CLOSED.code());
            return;
        }
        TlsSession session = null;
        int result;
        try {
            session = TlsHandshake.run(context.sslContext(), current.channel(), received, name,
                    current.peerPort(), options);
            result = 0;
        } catch (TlsHandshake.Failure failure) {
            result = failure.code();
        }
        lock.lock();
        try {
            if (callEpoch != epoch || destroyed) {
                callbacks.dispatch("secure", callback, NetError.CONNECTION_CLOSED.code());
                return;
            }
            writeInProgress = false;
            securing = false;
            if (result == 0) {
                current.secure(session);
                secured = true;
                emit("secure", 0);
                callbacks.dispatch("secure", callback, 0);
                return;
            }
        } finally {
            lock.unlock();
        }
        fail(callback, destroyInEngine, result);
    }

    private void fail(Callback<Integer> callback, Runnable destroyInEngine, int code) {
        destroyInEngine.run();
        callbacks.dispatch("secure", callback, code, NetError.lastErrorText(code));
    }

    // ---------------------------------------------------------------- info, disconnect

    @Override
    public SocketInfo info() {
        lock.lock();
        try {
            if (server != null) {
                InetSocketAddress local = localOf(server);
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

    private static InetSocketAddress localOf(ServerSocketChannel channel) {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
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
        writes.abortQueued();
    }

    @Override
    protected void closeResources() {
        epoch++;
        if (stream != null) {
            stream.close();
            stream = null;
        }
        closeQuietly(server);
        server = null;
        closeQuietly(connecting);
        connecting = null;
        connected = false;
        connectPending = false;
        readPending = false;
        acceptPending = false;
        writeInProgress = false;
        securing = false;
    }

    @Override
    protected void abortQueuedWrites() {
        writes.abortQueued();
    }

    @Override
    protected SocketState state() {
        if (server != null) {
            return SocketState.LISTENING;
        }
        if (connectPending) {
            return SocketState.CONNECTING;
        }
        if (connected) {
            return secured ? SocketState.SECURED : SocketState.CONNECTED;
        }
        return mode == Mode.UNKNOWN ? SocketState.FRESH : SocketState.DISCONNECTED;
    }

    @Override
    protected SocketEvent snapshot(String cause, int resultCode) {
        if (server != null) {
            InetSocketAddress local = localOf(server);
            return event(cause, resultCode, parentId, text(local), local == null ? 0 : local.getPort(),
                    null, 0, List.of());
        }
        if (stream != null) {
            return event(cause, resultCode, parentId, stream.localAddress(), stream.localPort(),
                    stream.peerAddress(), stream.peerPort(), List.of());
        }
        return event(cause, resultCode, parentId, null, 0, null, 0, List.of());
    }

    private void tap(Direction direction, byte[] bytes) {
        if (!context.observers().active()) {
            return;
        }
        TcpStream current = stream;
        boolean tls = secured;
        byte[] copy = bytes.clone();
        context.observers().traffic(() -> new TrafficEvent(ObserverHub.nowEpochNanos(), id, SocketKind.TCP,
                direction, tls, current.localAddress(), current.localPort(), current.peerAddress(),
                current.peerPort(), copy));
    }

    private static void closeQuietly(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing to do about a socket that does not close cleanly
        }
    }

}
