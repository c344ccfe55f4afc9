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
 * keyed by the group's normalized text. Source-specific joins (the extension: IGMPv3 / MLDv2,
 * {@code DatagramChannel.join(group, adapter, source)}) are kept apart, keyed by group and
 * source, and are not listed by getJoinedGroups (chrome.socket knows only any-source groups).
 */
final class MulticastMemberships {

    private final Map<String, MembershipKey> memberships = new LinkedHashMap<>();
    private final Map<String, MembershipKey> sourceMemberships = new LinkedHashMap<>();

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

    /**
     * The extension: joins {@code group} for datagrams from {@code source} only. The same
     * checks as {@link #join}, and the source must be a unicast address of the group's family.
     */
    int joinSource(DatagramChannel channel, boolean ipv6, String groupAddress, String sourceAddress,
                   NetworkInterface adapter) {
        InetAddress group = IpLiterals.parse(groupAddress);
        InetAddress source = IpLiterals.parse(sourceAddress);
        if (group == null || source == null || source.isMulticastAddress()
                || (source instanceof Inet6Address) != (group instanceof Inet6Address)) {
            return NetError.ADDRESS_INVALID.code();
        }
        String key = sourceKey(group, source);
        if (sourceMemberships.containsKey(key) || memberships.containsKey(Addresses.toText(group))) {
            return NetError.ADDRESS_INVALID.code(); // the OS refuses mixing both kinds of join of one group (EINVAL)
        }
        if (channel == null) {
            return NetError.SOCKET_NOT_CONNECTED.code();
        }
        if ((group instanceof Inet6Address) != ipv6) {
            return NetError.ADDRESS_INVALID.code();
        }
        try {
            NetworkInterface on = adapter != null ? adapter : routeDeviceFor(group);
            sourceMemberships.put(key, channel.join(group, on, source));
            return 0;
        } catch (IllegalArgumentException e) {
            return NetError.INVALID_ARGUMENT.code();
        } catch (UnsupportedOperationException e) {
            return NetError.NOT_IMPLEMENTED.code();
        } catch (IOException e) {
            return NetErrors.map(e);
        }
    }

    /** The extension: leaves a source-specific join made by {@link #joinSource}. */
    int leaveSource(String groupAddress, String sourceAddress) {
        InetAddress group = IpLiterals.parse(groupAddress);
        InetAddress source = IpLiterals.parse(sourceAddress);
        MembershipKey key = group == null || source == null ? null : sourceMemberships.remove(sourceKey(group, source));
        if (key == null) {
            return NetError.ADDRESS_INVALID.code();
        }
        key.drop();
        return 0;
    }

    /** The extension: blocks (or unblocks) a source on an any-source join of {@code group}. */
    int block(String groupAddress, String sourceAddress, boolean block) {
        InetAddress group = IpLiterals.parse(groupAddress);
        InetAddress source = IpLiterals.parse(sourceAddress);
        MembershipKey key = group == null ? null : memberships.get(Addresses.toText(group));
        if (key == null || source == null || source.isMulticastAddress()) {
            return NetError.ADDRESS_INVALID.code();
        }
        try {
            if (block) {
                key.block(source);
            } else {
                key.unblock(source);
            }
            return 0;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return NetError.INVALID_ARGUMENT.code();
        } catch (UnsupportedOperationException e) {
            return NetError.NOT_IMPLEMENTED.code();
        } catch (IOException e) {
            return NetErrors.map(e);
        }
    }

    private static String sourceKey(InetAddress group, InetAddress source) {
        return Addresses.toText(group) + " from " + Addresses.toText(source);
    }

    /** The OS closes memberships with the socket; only our lists need clearing. */
    void forget() {
        memberships.clear();
        sourceMemberships.clear();
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
