package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;
import java.util.List;

import jdk.net.ExtendedSocketOptions;

/**
 * The blocking part of a TCP connect() (contract §5.3): tries the addresses in resolver order and
 * keeps the channel in flight where disconnect and destroy can close it. The phase changes stay in
 * {@link TcpSocket}.
 */
final class TcpConnector {

    /** Chrome's desktop default for new client sockets: keep-alive every 45 s. */
    private static final int DEFAULT_KEEPALIVE_SECONDS = 45;

    /** A connected channel (result 0) or the error of the last address tried. */
    record Outcome(SocketChannel channel, int result) {
    }

    private final ManagedSocket owner;
    /** The channel connecting now; guarded by the owner's lock. */
    private SocketChannel inFlight;

    TcpConnector(ManagedSocket owner) {
        this.owner = owner;
    }

    /** Tries each address in turn; the last error counts, -100 when the socket was closed meanwhile. */
    Outcome connect(List<InetAddress> addresses, int port, int callEpoch) {
        int result = NetError.CONNECTION_FAILED.code();
        for (InetAddress address : addresses) {
            SocketChannel channel = open(address, callEpoch);
            if (channel == null) {
                return new Outcome(null, NetError.CONNECTION_CLOSED.code());
            }
            try {
                channel.connect(new InetSocketAddress(address, port));
                return new Outcome(channel, 0);
            } catch (IOException | RuntimeException e) {
                ManagedSocket.closeQuietly(channel);
                result = owner.cutShortNow(callEpoch) ? NetError.CONNECTION_CLOSED.code() : NetErrors.mapConnect(e);
                if (result == NetError.CONNECTION_CLOSED.code()) {
                    break;
                }
            }
        }
        return new Outcome(null, result);
    }

    private SocketChannel open(InetAddress address, int callEpoch) {
        SocketChannel channel;
        try {
            channel = SocketChannel.open(address instanceof Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
        } catch (IOException e) {
            return null;
        }
        owner.lock.lock();
        try {
            if (owner.cutShort(callEpoch)) {
                ManagedSocket.closeQuietly(channel);
                return null;
            }
            inFlight = channel;
            return channel;
        } finally {
            owner.lock.unlock();
        }
    }

    /** The attempt is over (the owner's lock is held). */
    void finished() {
        inFlight = null;
    }

    /** disconnect or destroy: the connect in flight fails at once (the owner's lock is held). */
    void abort() {
        ManagedSocket.closeQuietly(inFlight);
        inFlight = null;
    }

    /** Chrome's defaults for a connected client socket: no Nagle, keep-alive every 45 s. */
    static void applyClientDefaults(SocketChannel channel) throws IOException {
        channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
        channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
        if (channel.supportedOptions().contains(ExtendedSocketOptions.TCP_KEEPIDLE)) {
            channel.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, DEFAULT_KEEPALIVE_SECONDS);
            channel.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, DEFAULT_KEEPALIVE_SECONDS);
        }
    }
}
