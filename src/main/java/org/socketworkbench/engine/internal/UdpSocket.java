package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.NetError;
import org.socketworkbench.engine.RecvFromInfo;
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
import java.net.NetworkInterface;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;

/**
 * A chrome.socket UDP socket (contract §4, §5): fresh (no OS socket), bound, or connected;
 * {@code disconnect} returns it to fresh. Sends complete on the calling thread (a UDP send does
 * not wait for the network); receives wait on a virtual thread unless a datagram is already there.
 */
public final class UdpSocket extends ManagedSocket {

    /** The largest UDP payload (IPv6 without jumbograms); bigger receive buffers are never filled. */
    private static final int MAX_DATAGRAM = 65_536;

    private final MulticastSettings multicast = new MulticastSettings();
    private DatagramChannel channel;
    private boolean ipv6;
    private InetSocketAddress peer;
    private boolean receivePending;
    private ByteBuffer receiveBuffer;

    public UdpSocket(int id, EngineContext context) {
        super(id, context);
    }

    @Override
    public SocketKind kind() {
        return SocketKind.UDP;
    }

    // ---------------------------------------------------------------- bind / connect

    /** bind() after lookup, type and permission checks. No SO_REUSEADDR, as in Chrome. */
    public void bind(String address, int port, Callback<Integer> callback) {
        lock.lock();
        try {
            if (channel != null) {
                callbacks.dispatch("bind", callback, NetError.CONNECTION_FAILED.code());
                return;
            }
            InetAddress local = IpLiterals.parse(address);
            if (local == null) {
                callbacks.dispatch("bind", callback, NetError.INVALID_ARGUMENT.code());
                return;
            }
            int result = open(local instanceof Inet6Address);
            if (result == 0) {
                try {
                    channel.bind(new InetSocketAddress(local, port));
                } catch (IOException | RuntimeException e) {
                    result = NetErrors.map(e);
                    closeChannel();
                }
            }
            emit("bind", result);
            callbacks.dispatch("bind", callback, result);
        } finally {
            lock.unlock();
        }
    }

    /** connect() after DNS (first address): sets the default peer; a bound socket keeps its port (D8). */
    public void connect(InetAddress address, int port, int callEpoch, Callback<Integer> callback) {
        lock.lock();
        try {
            if (destroyed || callEpoch != epoch) {
                callbacks.dispatch("connect", callback, NetError.CONNECTION_CLOSED.code());
                return;
            }
            if (peer != null) {
                callbacks.dispatch("connect", callback, NetError.CONNECTION_FAILED.code());
                return;
            }
            boolean opened = channel == null;
            int result = opened ? open(address instanceof Inet6Address) : 0;
            if (result == 0) {
                try {
                    InetSocketAddress target = new InetSocketAddress(address, port);
                    channel.connect(target);
                    peer = target;
                } catch (IOException | RuntimeException e) {
                    result = NetErrors.mapConnect(e);
                    if (opened) {
                        closeChannel();
                    }
                }
            }
            emit("connect", result);
            callbacks.dispatch("connect", callback, result);
        } finally {
            lock.unlock();
        }
    }

    private int open(boolean inet6) {
        try {
            channel = DatagramChannel.open(inet6 ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            ipv6 = inet6;
            multicast.applyTo(channel);
            return 0;
        } catch (IOException | RuntimeException e) {
            closeChannel();
            return NetErrors.map(e);
        }
    }

    // ---------------------------------------------------------------- receive

    /** read() and recvFrom(): one of them outstanding at a time (contract §5.8). */
    public void receive(String method, int bufferSize, Callback<RecvFromInfo> callback) {
        lock.lock();
        try {
            if (receivePending) {
                callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.IO_PENDING.code()));
                return;
            }
            if (bufferSize <= 0) {
                callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.INVALID_ARGUMENT.code()));
                return;
            }
            if (channel == null) {
                callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.SOCKET_NOT_CONNECTED.code()));
                return;
            }
            ByteBuffer buffer = receiveBuffer(bufferSize);
            if (receiveNow(method, buffer, callback)) {
                return;
            }
            receivePending = true;
            DatagramChannel current = channel;
            int callEpoch = epoch;
            context.operations().start(() -> blockingReceive(method, current, buffer, callEpoch, callback));
        } finally {
            lock.unlock();
        }
    }

    private ByteBuffer receiveBuffer(int bufferSize) {
        int size = Math.min(bufferSize, MAX_DATAGRAM);
        if (receiveBuffer == null || receiveBuffer.capacity() < size) {
            receiveBuffer = ByteBuffer.allocate(Math.max(size, 2048));
        }
        receiveBuffer.clear().limit(size);
        return receiveBuffer;
    }

    /** The fast path: a datagram already queued in the kernel is taken on the calling thread. */
    private boolean receiveNow(String method, ByteBuffer buffer, Callback<RecvFromInfo> callback) {
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
            callbacks.dispatch(method, callback, RecvFromInfo.of(NetErrors.map(e)));
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
        lock.lock();
        try {
            if (callEpoch != epoch || destroyed) {
                callbacks.dispatch(method, callback, RecvFromInfo.of(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            receivePending = false;
            if (error != 0) {
                callbacks.dispatch(method, callback, RecvFromInfo.of(error));
            } else {
                deliver(method, buffer, from, callback);
            }
        } finally {
            lock.unlock();
        }
    }

    private void deliver(String method, ByteBuffer buffer, SocketAddress from, Callback<RecvFromInfo> callback) {
        int n = buffer.position();
        if (n == 0) {
            callbacks.dispatch(method, callback, RecvFromInfo.of(0));
            return;
        }
        byte[] data = new byte[n];
        buffer.get(0, data);
        InetSocketAddress sender = (InetSocketAddress) from;
        String address = Addresses.toText(sender.getAddress(), ipv6);
        tap(Direction.IN, data, address, sender.getPort());
        callbacks.dispatch(method, callback, new RecvFromInfo(n, data, address, sender.getPort()));
    }

    // ---------------------------------------------------------------- send

    /**
     * sendTo() after DNS: fresh sockets need a bind first (-15). {@code callEpoch} is the epoch
     * when sendTo() was called: a disconnect during the DNS lookup cuts it short (D13).
     */
    public void sendTo(byte[] data, InetAddress address, int port, int callEpoch, Callback<WriteInfo> callback) {
        lock.lock();
        try {
            if (destroyed || callEpoch != epoch) {
                callbacks.dispatch("sendTo", callback, new WriteInfo(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            if (channel == null) {
                callbacks.dispatch("sendTo", callback, new WriteInfo(NetError.SOCKET_NOT_CONNECTED.code()));
                return;
            }
            int result;
            try {
                result = channel.send(ByteBuffer.wrap(data), new InetSocketAddress(address, port));
                tap(Direction.OUT, data, Addresses.toText(address, ipv6), port);
            } catch (IOException | RuntimeException e) {
                result = NetErrors.map(e);
            }
            callbacks.dispatch("sendTo", callback, new WriteInfo(result));
        } finally {
            lock.unlock();
        }
    }

    /** write(): a datagram to the connected peer; fresh -15, bound but unconnected -2. */
    public void write(byte[] data, Callback<WriteInfo> callback) {
        lock.lock();
        try {
            int result;
            if (channel == null) {
                result = NetError.SOCKET_NOT_CONNECTED.code();
            } else if (peer == null) {
                result = NetError.FAILED.code();
            } else {
                try {
                    result = channel.write(ByteBuffer.wrap(data));
                    tap(Direction.OUT, data, Addresses.toText(peer.getAddress(), ipv6), peer.getPort());
                } catch (IOException | RuntimeException e) {
                    result = NetErrors.map(e);
                }
            }
            callbacks.dispatch("write", callback, new WriteInfo(result));
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- multicast

    /** setMulticastTimeToLive(): only before the OS socket exists. */
    public void setMulticastTimeToLive(int ttl, Callback<Integer> callback) {
        settingBeforeOpen("setMulticastTimeToLive", callback, () -> {
            if (ttl < 0 || ttl > 255) {
                return NetError.INVALID_ARGUMENT.code();
            }
            multicast.setTimeToLive(ttl);
            return 0;
        });
    }

    public void setMulticastLoopbackMode(boolean enabled, Callback<Integer> callback) {
        settingBeforeOpen("setMulticastLoopbackMode", callback, () -> {
            multicast.setLoopback(enabled);
            return 0;
        });
    }

    /** The extension: joins and outgoing multicast use this adapter. */
    public void setMulticastInterface(String interfaceName, Callback<Integer> callback) {
        settingBeforeOpen("setMulticastInterface", callback, () -> {
            NetworkInterface adapter = MulticastSettings.adapterNamed(interfaceName);
            if (adapter == null) {
                return NetError.ADDRESS_INVALID.code();
            }
            multicast.setInterface(adapter);
            return 0;
        });
    }

    /** The extension: SO_REUSEADDR, so several sockets (one per adapter) can bind one group and port. */
    public void setReuseAddress(boolean enabled, Callback<Integer> callback) {
        settingBeforeOpen("setReuseAddress", callback, () -> {
            multicast.setReuseAddress(enabled);
            return 0;
        });
    }

    /**
     * The extension: SO_RCVBUF, so a receiver rides out pauses (GC, a busy CPU) at high packet
     * rates without the kernel dropping datagrams. The OS may cap it (Linux: net.core.rmem_max).
     */
    public void setReceiveBufferSize(int bytes, Callback<Integer> callback) {
        settingBeforeOpen("setReceiveBufferSize", callback, () -> {
            if (bytes <= 0) {
                return NetError.INVALID_ARGUMENT.code();
            }
            multicast.setReceiveBufferSize(bytes);
            return 0;
        });
    }

    private interface Setting {
        int apply();
    }

    private void settingBeforeOpen(String method, Callback<Integer> callback, Setting setting) {
        lock.lock();
        try {
            int result = channel != null ? NetError.SOCKET_IS_CONNECTED.code() : setting.apply();
            callbacks.dispatch(method, callback, result, result == 0 ? null : NetError.lastErrorText(result));
        } finally {
            lock.unlock();
        }
    }

    /** joinGroup() after lookup, type and permission checks (contract §5.16 steps 4-9). */
    public void joinGroup(String address, Callback<Integer> callback) {
        membership("joinGroup", address, callback, true);
    }

    public void leaveGroup(String address, Callback<Integer> callback) {
        membership("leaveGroup", address, callback, false);
    }

    private void membership(String method, String address, Callback<Integer> callback, boolean join) {
        lock.lock();
        try {
            int result = changeMembership(address, join);
            if (result == 0) {
                emit(method, 0);
            }
            callbacks.dispatch(method, callback, result, result == 0 ? null : NetError.lastErrorText(result));
        } finally {
            lock.unlock();
        }
    }

    private int changeMembership(String address, boolean join) {
        InetAddress group = IpLiterals.parse(address);
        if (group == null) {
            return NetError.ADDRESS_INVALID.code();
        }
        String normalized = Addresses.toText(group);
        if (join == multicast.isJoined(normalized)) {
            return NetError.ADDRESS_INVALID.code();
        }
        if (channel == null) {
            return NetError.SOCKET_NOT_CONNECTED.code();
        }
        if (!join) {
            multicast.leave(normalized);
            return 0;
        }
        if ((group instanceof Inet6Address) != ipv6) {
            return NetError.ADDRESS_INVALID.code();
        }
        return multicast.join(channel, group, normalized);
    }

    public List<String> joinedGroups() {
        lock.lock();
        try {
            return multicast.joined();
        } finally {
            lock.unlock();
        }
    }

    // ---------------------------------------------------------------- info, disconnect

    @Override
    public SocketInfo info() {
        lock.lock();
        try {
            InetSocketAddress local = localAddress();
            return new SocketInfo("udp", peer != null,
                    peer == null ? null : Addresses.toText(peer.getAddress(), ipv6),
                    peer == null ? null : peer.getPort(),
                    local == null ? null : Addresses.toText(local.getAddress(), ipv6),
                    local == null ? null : local.getPort());
        } finally {
            lock.unlock();
        }
    }

    private InetSocketAddress localAddress() {
        if (channel == null) {
            return null;
        }
        try {
            return (InetSocketAddress) channel.getLocalAddress();
        } catch (IOException e) {
            return null;
        }
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
    }

    @Override
    protected void closeResources() {
        epoch++;
        closeChannel();
        receivePending = false;
    }

    private void closeChannel() {
        multicast.forgetMemberships();
        peer = null;
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the OS socket is gone either way
            }
            channel = null;
        }
    }

    @Override
    protected void abortQueuedWrites() {
        // UDP writes complete on the calling thread; nothing is ever queued
    }

    @Override
    protected SocketState state() {
        if (peer != null) {
            return SocketState.CONNECTED;
        }
        return channel != null ? SocketState.BOUND : (epoch == 0 ? SocketState.FRESH : SocketState.DISCONNECTED);
    }

    @Override
    protected SocketEvent snapshot(String cause, int resultCode) {
        InetSocketAddress local = localAddress();
        return event(cause, resultCode, 0,
                local == null ? null : Addresses.toText(local.getAddress(), ipv6), local == null ? 0 : local.getPort(),
                peer == null ? null : Addresses.toText(peer.getAddress(), ipv6), peer == null ? 0 : peer.getPort(),
                new ArrayList<>(multicast.joined()));
    }

    private void tap(Direction direction, byte[] data, String peerAddress, int peerPort) {
        if (!context.observers().active()) {
            return;
        }
        InetSocketAddress local = localAddress();
        byte[] copy = data.clone();
        context.observers().traffic(() -> new TrafficEvent(ObserverHub.nowEpochNanos(), id, SocketKind.UDP, direction,
                false, local == null ? "" : Addresses.toText(local.getAddress(), ipv6),
                local == null ? 0 : local.getPort(), peerAddress, peerPort, copy));
    }
}
