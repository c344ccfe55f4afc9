package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.RecvFromInfo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * read() and recvFrom() on a UDP socket (contract §5.8): one of them outstanding at a time; a
 * datagram already queued in the kernel is taken on the calling thread, otherwise a virtual
 * thread waits for one. One receive buffer is reused. State is guarded by the socket's lock.
 */
final class UdpReceiver {

    /** The largest UDP payload (IPv6 without jumbograms); bigger receive buffers are never filled. */
    private static final int MAX_DATAGRAM = 65_536;

    private final UdpSocket socket;
    private boolean pending;
    private ByteBuffer reused;

    UdpReceiver(UdpSocket socket) {
        this.socket = socket;
    }

    /** disconnect or destroy: the waiting receive is answered -100 by its epoch check. */
    void reset() {
        pending = false;
    }

    /** read() and recvFrom(): one of them outstanding at a time (contract §5.8). */
    void receive(String method, int bufferSize, Callback<RecvFromInfo> callback) {
        socket.lock.lock();
        try {
            if (pending) {
                socket.callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.IO_PENDING.code()));
                return;
            }
            if (bufferSize <= 0) {
                socket.callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.INVALID_ARGUMENT.code()));
                return;
            }
            if (socket.channel() == null) {
                socket.callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.SOCKET_NOT_CONNECTED.code()));
                return;
            }
            ByteBuffer buffer = receiveBuffer(bufferSize);
            if (receiveNow(method, buffer, callback)) {
                return;
            }
            pending = true;
            DatagramChannel current = socket.channel();
            int callEpoch = socket.epoch;
            socket.context.operations().start(() -> blockingReceive(method, current, buffer, callEpoch, callback));
        } finally {
            socket.lock.unlock();
        }
    }

    private ByteBuffer receiveBuffer(int bufferSize) {
        int size = Math.min(bufferSize, MAX_DATAGRAM);
        if (reused == null || reused.capacity() < size) {
            reused = ByteBuffer.allocate(Math.max(size, 2048));
        }
        reused.clear().limit(size);
        return reused;
    }

    /** The fast path: a datagram already queued in the kernel is taken on the calling thread. */
    private boolean receiveNow(String method, ByteBuffer buffer, Callback<RecvFromInfo> callback) {
        DatagramChannel channel = socket.channel();
        try {
            channel.configureBlocking(false);
            try {
                SocketAddress from = channel.receive(buffer);
                if (from == null) {
                    return false;
                }
                deliver(method, buffer, from, callback);
                return true;
            } finally {
                channel.configureBlocking(true);
            }
        } catch (IOException | RuntimeException e) {
            socket.callbacks.dispatch(method, callback, RecvFromInfo.of(NetErrors.map(e)));
            return true;
        }
    }

    private void blockingReceive(String method, DatagramChannel current, ByteBuffer buffer, int callEpoch,
                                 Callback<RecvFromInfo> callback) {
        SocketAddress from = null;
        int error = 0;
        try {
            from = current.receive(buffer);
        } catch (IOException | RuntimeException e) {
            error = NetErrors.map(e);
        }
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                socket.callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            pending = false;
            if (error != 0) {
                socket.callbacks.dispatch(method, callback, RecvFromInfo.of(error));
            } else {
                deliver(method, buffer, from, callback);
            }
        } finally {
            socket.lock.unlock();
        }
    }

    private void deliver(String method, ByteBuffer buffer, SocketAddress from, Callback<RecvFromInfo> callback) {
        socket.lastReceiveNanos = EpochClock.nowNanos(); // on the receiving thread, before the hand-over
        int n = buffer.position();
        if (n == 0) {
            socket.callbacks.dispatch(method, callback, RecvFromInfo.of(0));
            return;
        }
        byte[] data = new byte[n];
        buffer.get(0, data);
        InetSocketAddress sender = (InetSocketAddress) from;
        String address = Addresses.toText(sender.getAddress(), socket.ipv6());
        socket.tap(Direction.IN, data, address, sender.getPort());
        socket.callbacks.dispatch(method, callback, new RecvFromInfo(n, data, address, sender.getPort()));
    }
}
