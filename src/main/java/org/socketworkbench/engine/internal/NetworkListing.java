package org.socketworkbench.engine.internal;

import org.socketworkbench.engine.Addresses;
import org.socketworkbench.engine.NetworkInterface;

import java.net.InetAddress;
import java.net.InterfaceAddress;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.List;

/**
 * getNetworkList (contract §5.15): one entry per address of every interface that is up and not
 * loopback, skipping unspecified and loopback addresses; IPv6 (link-local too) included.
 */
public final class NetworkListing {

    private NetworkListing() {
    }

    public static List<NetworkInterface> list() throws SocketException {
        List<NetworkInterface> entries = new ArrayList<>();
        for (java.net.NetworkInterface nif : java.net.NetworkInterface.networkInterfaces().toList()) {
            if (!nif.isUp() || nif.isLoopback()) {
                continue;
            }
            for (InterfaceAddress ia : nif.getInterfaceAddresses()) {
                InetAddress address = ia.getAddress();
                if (address.isAnyLocalAddress() || address.isLoopbackAddress()) {
                    continue;
                }
                entries.add(new NetworkInterface(nif.getName(), Addresses.toText(address), ia.getNetworkPrefixLength()));
            }
        }
        return entries;
    }
}
