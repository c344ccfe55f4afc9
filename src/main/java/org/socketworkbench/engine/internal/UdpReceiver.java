package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.DatagramBatch;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EpochClock;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.ReceivedDatagram;
import org.socketworkbench.engine.RecvFromInfo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * read() and recvFrom() on a UDP socket (contract §5.8): one of them outstanding at a time; a
 * datagram already queued in the kernel is taken on the calling thread, otherwise a virtual
 * thread waits for one. One receive buffer is reused. State is guarded by the socket's lock.
 */
final class UdpReceiver {

    /** Bigger receive buffers are never filled. */
    private static final int MAX_DATAGRAM = UdpSocket.MAX_DATAGRAM;

    private final UdpSocket socket;
    private final UdpBatchWaiter waiter;
    private boolean pending;
    private ByteBuffer reused;
    /** The previous datagram's source and its text: a receiver hears few sources, so the text is made once each. */
    private SocketAddress lastFrom;
    private String lastFromText;

    UdpReceiver(UdpSocket socket) {
        this.socket = socket;
        this.waiter = new UdpBatchWaiter(socket);
    }

    /** disconnect or destroy: the waiting receive is answered -100 by its epoch check. */
    void reset() {
        pending = false;
        waiter.stop();
        lastFrom = null;
        lastFromText = null;
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
            int unblocked = toBlocking();
            if (unblocked != 0) {
                socket.callbacks.dispatch(method, callback, RecvFromInfo.of(unblocked));
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

    /**
     * The extension recvFromBatch: as {@link #receive}, one outstanding at a time, but it takes
     * every datagram the kernel already holds (at most {@code maxDatagrams}) and answers them in
     * one callback, each stamped as it is taken. An error after the first datagram ends the batch
     * quietly: the next receive meets it again and reports it.
     */
    void receiveBatch(int maxDatagrams, Callback<DatagramBatch> callback) {
        String method = "recvFromBatch";
        socket.lock.lock();
        try {
            int refused = pending ? NetError.IO_PENDING.code()
                    : maxDatagrams <= 0 ? NetError.INVALID_ARGUMENT.code()
                    : socket.channel() == null ? NetError.SOCKET_NOT_CONNECTED.code() : 0;
            if (refused != 0) {
                socket.callbacks.dispatch(method, callback, DatagramBatch.failed(refused));
                return;
            }
            ByteBuffer buffer = receiveBuffer(MAX_DATAGRAM);
            List<ReceivedDatagram> batch = new ArrayList<>();
            int error = drainNow(buffer, batch, maxDatagrams);
            if (!batch.isEmpty() || error != 0) {
                socket.callbacks.dispatch(method, callback, batch.isEmpty() ? DatagramBatch.failed(error)
                        : new DatagramBatch(0, batch));
                return;
            }
            int unblocked = toBlocking();
            if (unblocked != 0) {
                socket.callbacks.dispatch(method, callback, DatagramBatch.failed(unblocked));
                return;
            }
            pending = true;
            DatagramChannel current = socket.channel();
            int callEpoch = socket.epoch;
            waiter.submit(() -> blockingBatch(current, buffer, maxDatagrams, callEpoch, callback));
        } finally {
            socket.lock.unlock();
        }
    }

    /** Back to blocking mode for a receive that waits; 0 or the error. Lock held. */
    private int toBlocking() {
        try {
            socket.blocking.blocking(socket.channel());
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrors.map(e);
        }
    }

    /** Non-blocking receives until the kernel holds no more or the batch is full; 0 or the error that stopped it. Lock held. */
    private int drainNow(ByteBuffer buffer, List<ReceivedDatagram> batch, int maxDatagrams) {
        DatagramChannel channel = socket.channel();
        try {
            socket.blocking.nonBlocking(channel);
            while (batch.size() < maxDatagrams) {
                buffer.clear();
                SocketAddress from = channel.receive(buffer);
                if (from == null) {
                    return 0;
                }
                batch.add(received(buffer, from));
            }
            return 0;
        } catch (IOException | RuntimeException e) {
            return NetErrors.map(e);
        }
    }

    private void blockingBatch(DatagramChannel current, ByteBuffer buffer, int maxDatagrams, int callEpoch,
                               Callback<DatagramBatch> callback) {
        String method = "recvFromBatch";
        SocketAddress from = null;
        int error = 0;
        try {
            buffer.clear();
            from = current.receive(buffer);
        } catch (IOException | RuntimeException e) {
            error = NetErrors.map(e);
        }
        socket.lock.lock();
        try {
            if (socket.cutShort(callEpoch)) {
                socket.callbacks.dispatch(method, callback, DatagramBatch.failed(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            pending = false;
            if (error != 0) {
                socket.callbacks.dispatch(method, callback, DatagramBatch.failed(error));
                return;
            }
            List<ReceivedDatagram> batch = new ArrayList<>();
            batch.add(received(buffer, from));
            drainNow(buffer, batch, maxDatagrams);
            socket.callbacks.dispatch(method, callback, new DatagramBatch(0, batch));
        } finally {
            socket.lock.unlock();
        }
    }

    /** The datagram in {@code buffer}, stamped now, its source's text made once per source. Lock held. */
    private ReceivedDatagram received(ByteBuffer buffer, SocketAddress from) {
        long arrival = EpochClock.nowNanos();
        socket.lastReceiveNanos = arrival;
        byte[] data = new byte[buffer.position()];
        buffer.get(0, data);
        InetSocketAddress sender = (InetSocketAddress) from;
        String address = sourceText(sender);
        socket.tap(Direction.IN, data, address, sender.getPort());
        return new ReceivedDatagram(data, address, sender.getPort(), arrival);
    }

    private String sourceText(InetSocketAddress sender) {
        if (!sender.equals(lastFrom)) {
            lastFromText = Addresses.toText(sender.getAddress(), socket.ipv6());
            lastFrom = sender;
        }
        return lastFromText;
    }

    private ByteBuffer receiveBuffer(int bufferSize) {
        int size = Math.min(bufferSize, MAX_DATAGRAM);
        if (reused == null || reused.capacity() < size) {
            // direct: the OS writes straight into it, where a heap buffer costs every receive a
            // temporary direct buffer and a copy more
            reused = ByteBuffer.allocateDirect(Math.max(size, 2048));
        }
        reused.clear().limit(size);
        return reused;
    }

    /** The fast path: a datagram already queued in the kernel is taken on the calling thread. */
    private boolean receiveNow(String method, ByteBuffer buffer, Callback<RecvFromInfo> callback) {
        DatagramChannel channel = socket.channel();
        try {
            socket.blocking.nonBlocking(channel);
            SocketAddress from = channel.receive(buffer);
            if (from == null) {
                return false;
            }
            deliver(method, buffer, from, callback);
            return true;
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
        String address = sourceText(sender);
        socket.tap(Direction.IN, data, address, sender.getPort());
        socket.callbacks.dispatch(method, callback, new RecvFromInfo(n, data, address, sender.getPort()));
    }
}
