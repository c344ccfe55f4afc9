package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.BatchWriteInfo;
import org.socketworkbench.engine.DatagramBatch;
import org.socketworkbench.engine.DatagramWriter;
import org.socketworkbench.engine.Callback;
import org.socketworkbench.engine.Direction;
import org.socketworkbench.engine.EpochClock;
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
import java.net.StandardProtocolFamily;
import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.DatagramChannel;
import java.util.List;

/**
 * A chrome.socket UDP socket (contract §4, §5): fresh (no OS socket), bound, or connected;
 * {@code disconnect} returns it to fresh. Sends complete on the calling thread (a UDP send does
 * not wait for the network); receives ({@link UdpReceiver}) wait on a virtual thread unless a
 * datagram is already there. Socket options set before the OS socket exists live in
 * {@link MulticastSettings}, the groups joined in {@link MulticastMemberships}.
 */
public final class UdpSocket extends ManagedSocket {

    /** The largest UDP payload (IPv6 without jumbograms). */
    static final int MAX_DATAGRAM = 65_536;

    /**
     * The extension behind {@code SocketEngine.lastReceiveNanos}: when the latest datagram was
     * taken from the OS, on the receiving thread ({@link org.socketworkbench.engine.EpochClock}).
     */
    volatile long lastReceiveNanos;

    public long lastReceiveNanos() {
        return lastReceiveNanos;
    }

    private final MulticastSettings multicast = new MulticastSettings();
    private final MulticastMemberships memberships = new MulticastMemberships();
    private DatagramChannel channel;
    /** The channel's blocking mode; receives leave it non-blocking (see {@link DatagramBlocking}). */
    final DatagramBlocking blocking = new DatagramBlocking();
    private boolean ipv6;
    private InetSocketAddress peer;
    private final UdpReceiver receiver = new UdpReceiver(this);
    private ByteBuffer sendBuffer;

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
            if (cutShort(callEpoch)) {
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
            blocking.reset();
            ipv6 = inet6;
            multicast.applyTo(channel);
            return 0;
        } catch (IOException | RuntimeException e) {
            closeChannel();
            return NetErrors.map(e);
        }
    }

    // ---------------------------------------------------------------- receive

    /** read() and recvFrom(): see {@link UdpReceiver}. */
    public void receive(String method, int bufferSize, Callback<RecvFromInfo> callback) {
        receiver.receive(method, bufferSize, callback);
    }

    /** The extension recvFromBatch: see {@link UdpReceiver#receiveBatch}. */
    public void receiveBatch(int maxDatagrams, Callback<DatagramBatch> callback) {
        receiver.receiveBatch(maxDatagrams, callback);
    }

    /** Lock held. */
    DatagramChannel channel() {
        return channel;
    }

    /** Lock held. */
    boolean ipv6() {
        return ipv6;
    }

    // ---------------------------------------------------------------- send

    /**
     * sendTo() after DNS: fresh sockets need a bind first (-15). {@code callEpoch} is the epoch
     * when sendTo() was called: a disconnect during the DNS lookup cuts it short (D13).
     */
    public void sendTo(byte[] data, InetAddress address, int port, int callEpoch, Callback<WriteInfo> callback) {
        lock.lock();
        try {
            if (cutShort(callEpoch)) {
                callbacks.dispatch("sendTo", callback, new WriteInfo(NetError.CONNECTION_CLOSED.code()));
                return;
            }
            if (channel == null) {
                callbacks.dispatch("sendTo", callback, new WriteInfo(NetError.SOCKET_NOT_CONNECTED.code()));
                return;
            }
            if (port == 0) {
                // Java refuses before the kernel does ("Can't send to port 0"); Linux says EINVAL (contract §9)
                callbacks.dispatch("sendTo", callback, new WriteInfo(NetError.INVALID_ARGUMENT.code()));
                return;
            }
            int result;
            try {
                blocking.blocking(channel);
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

    /**
     * The extension sendToBatch: each datagram as sendTo sends it, under one lock with one
     * target address, and one callback for the batch; a failure is counted and the rest still go.
     * Each datagram is written into {@link #sendBuffer} and sent from there: a heap buffer would
     * be copied into a temporary direct one by every send.
     */
    public void sendToBatch(int count, DatagramWriter writer, InetAddress address, int port,
                            Callback<BatchWriteInfo> callback) {
        lock.lock();
        try {
            int refused = channel == null ? NetError.SOCKET_NOT_CONNECTED.code()
                    : port == 0 ? NetError.INVALID_ARGUMENT.code() : 0;
            if (refused != 0) {
                callbacks.dispatch("sendToBatch", callback, new BatchWriteInfo(0, count, refused));
                return;
            }
            InetSocketAddress target = new InetSocketAddress(address, port);
            String peerText = Addresses.toText(address, ipv6);
            ByteBuffer out = sendBuffer();
            int sent = 0;
            int lastError = 0;
            for (int i = 0; i < count; i++) {
                try {
                    out.clear().order(ByteOrder.BIG_ENDIAN);
                    writer.write(i, out);
                    out.flip();
                    blocking.blocking(channel);
                    channel.send(out, target);
                    sent++;
                    tapSent(out, peerText, port);
                } catch (BufferOverflowException e) {
                    lastError = NetError.MSG_TOO_BIG.code();
                } catch (IOException | RuntimeException e) {
                    lastError = NetErrors.map(e);
                }
            }
            callbacks.dispatch("sendToBatch", callback, new BatchWriteInfo(sent, count - sent, lastError));
        } finally {
            lock.unlock();
        }
    }

    /** The reused direct buffer batches are sent from, made at the first batch. Lock held. */
    private ByteBuffer sendBuffer() {
        if (sendBuffer == null) {
            sendBuffer = ByteBuffer.allocateDirect(MAX_DATAGRAM);
        }
        return sendBuffer;
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
                    blocking.blocking(channel);
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

    /**
     * The extension: SO_BROADCAST (off by default, as in Chrome, where sending to a broadcast
     * address is then -10 from EACCES, contract §5.9, §9). Unlike the settings above it may change
     * on an open socket: it is applied now and kept for a socket opened later.
     */
    public void setBroadcast(boolean enabled, Callback<Integer> callback) {
        lock.lock();
        try {
            int result = 0;
            if (channel != null) {
                try {
                    channel.setOption(java.net.StandardSocketOptions.SO_BROADCAST, enabled);
                } catch (IOException | RuntimeException e) {
                    result = NetErrors.map(e);
                }
            }
            if (result == 0) {
                multicast.setBroadcast(enabled);
            }
            callbacks.dispatch("setBroadcast", callback, result, result == 0 ? null : NetError.lastErrorText(result));
        } finally {
            lock.unlock();
        }
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
            int result = join ? memberships.join(channel, ipv6, address, multicast.adapter())
                    : memberships.leave(channel, address);
            if (result == 0) {
                emit(method, 0);
            }
            callbacks.dispatch(method, callback, result, result == 0 ? null : NetError.lastErrorText(result));
        } finally {
            lock.unlock();
        }
    }

    /** The extension: a source-specific join (S,G), on the adapter of setMulticastInterface if any. */
    public void joinSourceGroup(String group, String source, Callback<Integer> callback) {
        membershipChange("joinSourceGroup", callback, () -> memberships.joinSource(channel, ipv6, group, source,
                multicast.adapter()));
    }

    public void leaveSourceGroup(String group, String source, Callback<Integer> callback) {
        membershipChange("leaveSourceGroup", callback, () -> channel == null ? NetError.SOCKET_NOT_CONNECTED.code()
                : memberships.leaveSource(group, source));
    }

    /** The extension: block or unblock a source on an any-source join. */
    public void blockSource(String group, String source, boolean block, Callback<Integer> callback) {
        String method = block ? "blockSource" : "unblockSource";
        membershipChange(method, callback, () -> channel == null ? NetError.SOCKET_NOT_CONNECTED.code()
                : memberships.block(group, source, block));
    }

    private void membershipChange(String method, Callback<Integer> callback, Setting change) {
        lock.lock();
        try {
            int result = change.apply();
            if (result == 0) {
                emit(method, 0);
            }
            callbacks.dispatch(method, callback, result, result == 0 ? null : NetError.lastErrorText(result));
        } finally {
            lock.unlock();
        }
    }

    public List<String> joinedGroups() {
        return locked(memberships::joined);
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
        receiver.reset();
    }

    private void closeChannel() {
        memberships.forget();
        peer = null;
        closeQuietly(channel);
        channel = null;
        blocking.reset();
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
                memberships.joined());
    }

    /** Hands a copy of a datagram to observers, when somebody watches (lock held). */
    void tap(Direction direction, byte[] data, String peerAddress, int peerPort) {
        if (context.observers().active()) {
            tapCopy(direction, data.clone(), peerAddress, peerPort);
        }
    }

    /** As {@link #tap} for a datagram just sent from {@code sent} (position 0 to its limit). */
    private void tapSent(ByteBuffer sent, String peerAddress, int peerPort) {
        if (context.observers().active()) {
            byte[] copy = new byte[sent.limit()];
            sent.get(0, copy);
            tapCopy(Direction.OUT, copy, peerAddress, peerPort);
        }
    }

    private void tapCopy(Direction direction, byte[] copy, String peerAddress, int peerPort) {
        InetSocketAddress local = localAddress();
        context.observers().traffic(() -> new TrafficEvent(EpochClock.nowNanos(), id, SocketKind.UDP, direction,
                false, local == null ? "" : Addresses.toText(local.getAddress(), ipv6),
                local == null ? 0 : local.getPort(), peerAddress, peerPort, copy));
    }
}
