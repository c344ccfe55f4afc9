package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.NetError;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.nio.channels.MembershipKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The multicast groups a UDP socket joined, in join order, and the socket-level steps of
 * joinGroup/leaveGroup (contract §5.16 steps 4-9). Guarded by the socket's lock. Memberships are
 * keyed by the group's normalized text; a source-specific join would key by group and source.
 */
final class MulticastMemberships {

    private final Map<String, MembershipKey> memberships = new LinkedHashMap<>();

    /** joinGroup(): on {@code adapter}, or where the OS would when it is null. */
    int join(DatagramChannel channel, boolean ipv6, String address, NetworkInterface adapter) {
        InetAddress group = IpLiterals.parse(address);
        if (group == null) {
            return NetError.ADDRESS_INVALID.code();
        }
        String normalized = Addresses.toText(group);
        if (memberships.containsKey(normalized)) {
            return NetError.ADDRESS_INVALID.code();
        }
        if (channel == null) {
            return NetError.SOCKET_NOT_CONNECTED.code();
        }
        if ((group instanceof Inet6Address) != ipv6) {
            return NetError.ADDRESS_INVALID.code();
        }
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

    /** leaveGroup(): only a group this socket joined. */
    int leave(DatagramChannel channel, String address) {
        InetAddress group = IpLiterals.parse(address);
        if (group == null) {
            return NetError.ADDRESS_INVALID.code();
        }
        String normalized = Addresses.toText(group);
        if (!memberships.containsKey(normalized)) {
            return NetError.ADDRESS_INVALID.code();
        }
        if (channel == null) {
            return NetError.SOCKET_NOT_CONNECTED.code();
        }
        memberships.remove(normalized).drop();
        return 0;
    }

    List<String> joined() {
        return List.copyOf(memberships.keySet());
    }

    /** The OS closes memberships with the socket; only our list needs clearing. */
    void forget() {
        memberships.clear();
    }

    /**
     * Chrome passes interface index 0: the kernel picks the route's device for the group. Found
     * the way the kernel would: a UDP socket "connected" to the group (no packet is sent) reports
     * the source address it would use, and that address belongs to the device.
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
