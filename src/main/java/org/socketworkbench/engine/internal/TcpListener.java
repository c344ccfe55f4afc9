package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.AcceptInfo;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.NetError;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * A listening TCP socket's server channel and its one outstanding accept (contract §5.5, §5.6).
 * It exists while its owner is {@link TcpPhase#LISTENING}; its state is guarded by the owner's
 * lock. Each accepted channel becomes a new socket in {@link #admit}, the one place a server-side
 * TLS handshake would start.
 */
final class TcpListener {

    private final TcpSocket owner;
    private final SocketRegistry registry;
    private final ServerSocketChannel channel;
    private final boolean ipv6;
    private boolean acceptPending;

    private TcpListener(TcpSocket owner, SocketRegistry registry, ServerSocketChannel channel, boolean ipv6) {
        this.owner = owner;
        this.registry = registry;
        this.channel = channel;
        this.ipv6 = ipv6;
    }

    /** Opens and binds the server channel (SO_REUSEADDR, as Chrome sets it for servers). */
    static TcpListener open(TcpSocket owner, SocketRegistry registry, InetAddress local, int port, int backlog)
            throws IOException {
        boolean ipv6 = local instanceof Inet6Address;
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open(ipv6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(local, port), backlog);
            return new TcpListener(owner, registry, channel, ipv6);
        } catch (IOException | RuntimeException e) {
            ManagedSocket.closeQuietly(channel);
            throw e;
        }
    }

    /** The bound address, or null when the channel is gone. */
    InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
    }

    /** accept() (the owner's lock held): one outstanding; a queued connection is returned at once. */
    void accept(Callback<AcceptInfo> callback) {
        if (acceptPending) {
            owner.callbacks.dispatch("accept", callback, new AcceptInfo(NetError.FAILED.code(), null));
            return;
        }
        acceptPending = true;
        int callEpoch = owner.epoch;
        owner.context.operations().start(() -> blockingAccept(callEpoch, callback));
    }

    private void blockingAccept(int callEpoch, Callback<AcceptInfo> callback) {
        SocketChannel accepted = null;
        int error = 0;
        while (accepted == null && error == 0) {
            try {
                accepted = channel.accept();
            } catch (IOException | RuntimeException e) {
                if (!isConnectionAborted(e)) {
                    error = NetErrors.map(e);
                }
            }
        }
        owner.lock.lock();
        try {
            if (owner.cutShort(callEpoch)) {
                ManagedSocket.closeQuietly(accepted);
                owner.callbacks.dispatch("accept", callback, new AcceptInfo(NetError.CONNECTION_CLOSED.code(), null));
                return;
            }
            acceptPending = false;
            if (error != 0) {
                owner.callbacks.dispatch("accept", callback, new AcceptInfo(error, null));
                return;
            }
            SocketChannel admitted = accepted;
            TcpSocket connection = registry.register(newId -> admit(newId, admitted));
            if (connection == null) {
                ManagedSocket.closeQuietly(accepted);
                owner.callbacks.dispatch("accept", callback, new AcceptInfo(NetError.CONNECTION_CLOSED.code(), null));
                return;
            }
            owner.callbacks.dispatch("accept", callback, new AcceptInfo(0, connection.id()));
        } finally {
            owner.lock.unlock();
        }
    }

    /** ECONNABORTED on accept is retried, as Chrome does. */
    private static boolean isConnectionAborted(Throwable e) {
        return e.getMessage() != null && e.getMessage().contains("Software caused connection abort");
    }

    /** An accepted channel becomes a connected client socket; null when it is already unusable. */
    private TcpSocket admit(int newId, SocketChannel accepted) {
        try {
            return owner.acceptedConnection(newId, accepted, ipv6);
        } catch (IOException e) {
            ManagedSocket.closeQuietly(accepted);
            return null;
        }
    }

    /** disconnect or destroy (the owner's lock held): a pending accept fails, the port is free. */
    void close() {
        ManagedSocket.closeQuietly(channel);
    }
}
