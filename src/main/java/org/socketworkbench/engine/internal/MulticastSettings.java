package org.socketworkbench.engine.internal;

import java.io.IOException;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.StandardSocketOptions;
import java.nio.channels.DatagramChannel;

/**
 * A UDP socket's multicast state: TTL (default 1), loopback (default on), and the adapter,
 * SO_REUSEADDR, SO_RCVBUF and SO_BROADCAST chosen with the engine's extensions, applied whenever
 * the OS socket is created. The groups joined are {@link MulticastMemberships}.
 */
final class MulticastSettings {

    private boolean reuseAddress;
    private int receiveBufferSize;
    private int timeToLive = 1;
    private boolean loopback = true;
    private NetworkInterface adapter;
    private boolean broadcast;

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

    /** SO_BROADCAST; off (Chrome never sets it, so a broadcast destination is -10). */
    void setBroadcast(boolean enabled) {
        broadcast = enabled;
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
        // explicitly, whatever the JDK's default: broadcast is the caller's choice, off unless asked
        channel.setOption(StandardSocketOptions.SO_BROADCAST, broadcast);
        channel.setOption(StandardSocketOptions.IP_MULTICAST_TTL, timeToLive);
        channel.setOption(StandardSocketOptions.IP_MULTICAST_LOOP, loopback);
        if (adapter != null) {
            channel.setOption(StandardSocketOptions.IP_MULTICAST_IF, adapter);
        }
    }

    /** The adapter setMulticastInterface chose, or null for the OS's choice. */
    NetworkInterface adapter() {
        return adapter;
    }
}
