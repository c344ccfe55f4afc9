package org.socketworkbench.engine.internal;

import jdk.net.ExtendedSocketOptions;

import java.io.IOException;
import java.net.StandardSocketOptions;
import java.nio.channels.SocketChannel;

/** setKeepAlive() and setNoDelay() of a {@link TcpSocket}, applied under its lock. */
final class TcpOptions {

    private final TcpSocket socket;

    TcpOptions(TcpSocket socket) {
        this.socket = socket;
    }

    /** Contract D7: delay &gt; 0 sets idle and interval, otherwise OS defaults. */
    boolean setKeepAlive(boolean enable, int delaySeconds) {
        return withConnectedChannel(channel -> {
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, enable);
            if (enable && delaySeconds > 0) {
                channel.setOption(ExtendedSocketOptions.TCP_KEEPIDLE, delaySeconds);
                channel.setOption(ExtendedSocketOptions.TCP_KEEPINTERVAL, delaySeconds);
            }
        });
    }

    boolean setNoDelay(boolean noDelay) {
        return withConnectedChannel(channel -> channel.setOption(StandardSocketOptions.TCP_NODELAY, noDelay));
    }

    private interface ChannelAction {
        void apply(SocketChannel channel) throws IOException;
    }

    /** Options apply to a plain connected socket only: Chrome's TLS socket has no setKeepAlive/setNoDelay. */
    private boolean withConnectedChannel(ChannelAction action) {
        socket.lock.lock();
        try {
            if (socket.phase() != TcpPhase.CONNECTED || !socket.isConnectedNow()) {
                return false;
            }
            action.apply(socket.stream().channel());
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            socket.lock.unlock();
        }
    }
}
