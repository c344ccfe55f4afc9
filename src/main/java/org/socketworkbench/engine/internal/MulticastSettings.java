package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.NetError;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UDP socket's multicast state: TTL (default 1), loopback (default on), and the adapter,
 * SO_REUSEADDR and SO_RCVBUF chosen with the engine's extensions, applied whenever the OS socket
 * is created; and the groups joined, in join order.
 */
final class MulticastSettings {

    private boolean reuseAddress;
    private int receiveBufferSize;
    private int timeToLive = 1;
    private boolean loopback = true;
    private NetworkInterface adapter;
    private final Map<String, MembershipKey> memberships = new LinkedHashMap<>();

    void setTimeToLive(int ttl) {
        timeToLive = ttl;
    }

    void setLoopback(boolean enabled) {
        loopback = enabled;
    }

    void setReuseAddress(boolean enabled) {
        reuseAddress = enabled;
    }

    /** SO_RCVBUF in bytes; 0 leaves the OS default. */
    void setReceiveBufferSize(int bytes) {
        receiveBufferSize = bytes;
    }

    void setInterface(NetworkInterface chosen) {
        adapter = chosen;
    }

    static NetworkInterface adapterNamed(String name) {
        try {
            return name == null ? null : NetworkInterface.getByName(name);
        } catch (SocketException e) {
            return null;
        }
    }

    void applyTo(DatagramChannel channel) throws IOException {
        if (reuseAddress) {
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        }
        if (receiveBufferSize > 0) {
            channel.setOption(StandardSocketOptions.SO_RCVBUF, receiveBufferSize);
        }
        channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, timeToLive);
        channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, loopback);
        if (adapter != null) {
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, adapter);
        }
    }

    boolean isJoined(String group) {
        return memberships.containsKey(group);
    }

    List<String> joined() {
        return List.copyOf(memberships.keySet());
    }

    /**
     * Joins on the chosen adapter, or where the OS would (Chrome passes interface index 0: the
     * kernel picks the route's device for the group).
     */
    int join(DatagramChannel channel, InetAddress group, String normalized) {
        try {
            NetworkInterface on = adapter != null ? adapter : routeDeviceFor(group);
            memberships.put(normalized, channel.join(group, on));
            return 0;
        } catch (IllegalArgumentException e) {
            return NetError.INVALID_ARGUMENT.code();
        } catch (IOException e) {
            return NetErrors.map(e);
        }
    }

    void leave(String group) {
        MembershipKey key = memberships.remove(group);
        if (key != null) {
            key.drop();
        }
    }

    /** The OS closes memberships with the socket; only our list needs clearing. */
    void forgetMemberships() {
        memberships.clear();
    }

    /**
     * The device the kernel routes {@code group} through, found the way the kernel would: a UDP
     * socket "connected" to the group (no packet is sent) reports the source address it would
     * use, and that address belongs to the device.
     */
    private static NetworkInterface routeDeviceFor(InetAddress group) throws IOException {
        if (!group.isMulticastAddress()) {
            throw new IllegalArgumentException("not a multicast group: " + group);
        }
        try (DatagramChannel probe = DatagramChannel.open(group instanceof Inet6Address
                ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET)) {
            probe.connect(new InetSocketAddress(group, 9));
            InetAddress source = ((InetSocketAddress) probe.getLocalAddress()).getAddress();
            NetworkInterface device = NetworkInterface.getByInetAddress(source);
            if (device == null) {
                throw new SocketException("No such device");
            }
            return device;
        }
    }
}
